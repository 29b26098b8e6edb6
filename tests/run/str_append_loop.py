from collections.abc import Callable


def build(n: int) -> str:
    s = ""
    for i in range(n):
        s += str(i % 10)
        if i % 1000 == 999:
            s += "\n"
    return s


def build_while(n: int) -> str:
    out = "start:"
    i = 0
    while len(out) < n:
        out += "é" if i % 2 else "a"
        i += 1
    return out


def shared(n: int) -> list[str]:
    keep: list[str] = []
    s = "x"
    for j in range(3):
        for i in range(n):
            s += "y"
        keep.append(s)
    return keep


def reads(n: int) -> str:
    s = ""
    for i in range(n):
        s += "z"
        if s.endswith("zzz"):
            s += "!"
    return s


def captured(n: int) -> list[str]:
    s = "c"
    seen: list[str] = []

    def peek() -> str:
        return s

    for i in range(n):
        s += str(i)
        seen.append(peek())
    return seen


def failing(n: int) -> str:
    s = "f"
    try:
        for i in range(n):
            s += str(10 // (3 - i))
    except ZeroDivisionError:
        pass
    before = s
    for i in range(2):
        s += "+"
    return before + "|" + s


def twice() -> list[str]:
    out: list[str] = []
    for k in range(3):
        s = "p"
        for i in range(k + 1):
            s += "q"
        out.append(s)
    return out


def reader() -> Callable[[], int]:
    total = ""
    for w in ["a", "bb", "ccc"]:
        total += w
    return lambda: len(total)


t = build(100000)
print(len(t), t[:12], t[-3:], t.count("\n"), hash(t) == hash(build(100000)))
u = build_while(50000)
print(len(u), u[:10], u[-4:])
print(shared(5))
print(reads(10))
print(captured(4))
print(failing(5))
print(twice())
print(reader()())
base = "q"
alias = base
for _ in range(3):
    base += "r"
print(base, alias)
