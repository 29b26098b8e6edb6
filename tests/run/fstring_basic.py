name = "World"
n = 42
x = 3.5
flag = True
nothing = None
print(f"Hello, {name}!")
print(f"{n} {x} {flag} {nothing}")
print(f"{n + 1} {x * 2} {name.upper()} {len(name)}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{{braces}} {n}{{}}")
print(f"")
print(f"{name}")
print(f"{'nested ' + name}")
items = [1, 2, 3]
print(f"{items} {items[0]} {(1, 'a')}")
print(f"a{n}b{n}c{n}d{n}e{n}f{n}g")
print(f"{n}" + f"{x}")
s = f"{n:>{n // 10}}"
print(repr(s))
