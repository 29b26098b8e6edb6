width = 10
precision = 3
for value in [3.14159, -2.5, 1000.0]:
    print(f"[{value:{width}.{precision}f}] [{value:>{width}}] [{value:{'+' if value > 0 else ''}.1f}]")
for w in range(1, 6):
    print(f"[{'x':{w}}] [{w:0{w}}] [{'ab'!r:>{w + 4}}]")
fill = "*"
align = "^"
print(f"[{'mid':{fill}{align}{width}}]")
name = "pyuk"
print(f"{name!r:>10} {name!s:<8}| {f'{name}' + '!'}")
