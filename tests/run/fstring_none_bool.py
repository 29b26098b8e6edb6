t = True
f = False
n = None
print(f"{t} {f} {n} [{t:>6}] [{f:<6}] [{t:d}] [{t:x}] [{f:.1f}] [{t:+}]")
print(f"{n!r} {t!r} {n!s}")
opt: int | None = None
print(f"{opt}")
opt = 5
print(f"{opt}")
name: str | None = None
print(f"[{name}]")
name = "set"
print(f"[{name}]")
