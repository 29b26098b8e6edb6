# Tuples are covariant: a tuple[int, str] may be bound to tuple[int | str, ...]
# or tuple[object, ...], and `+` joins tuples of different item types.  The
# items of such a tuple have another layout (boxed), which pyuk once read
# as raw words (a page fault, or ints printed as 2.5e-323).


def describe(t: tuple[object, ...]) -> str:
    return f"{len(t)} items: " + ", ".join(repr(x) for x in t)


def widen(t: tuple[int, float]) -> tuple[int | float, ...]:
    return t


def record(name: str, qty: int, price: float) -> tuple[str, int, float]:
    return (name, qty, price)


def main() -> None:
    a: tuple[int, str] = (1, "a")
    b: tuple[str, ...] = ("x", "y")
    c = a + b
    print(c, len(c), c[0], c[-1], c[1:3])
    wide: tuple[int | str, ...] = a
    print(wide, wide + a, wide[0], wide[::-1])
    flags: tuple[bool, int, float] = (True, 2, 2.5)
    objs: tuple[object, ...] = flags
    print(objs, objs[0], objs[2], describe(flags), describe(a))
    print(widen((3, 0.25)), widen((3, 0.25))[1])
    ints: tuple[int, ...] = (5, 6)
    print(ints + (7, 8), ("s",) + ints, (None,) + ints, ints + ("end", 9.5))
    nested: tuple[tuple[int, int], str] = ((1, 2), "p")
    loose: tuple[tuple[object, ...], ...] = (nested[0], ("q",))
    print(loose, loose[0], loose[0][1], loose[1][0])
    rows: list[tuple[object, ...]] = [record("bolt", 3, 0.1), (1, 2), ()]
    for r in rows:
        print(describe(r))
    many: tuple[int | None, ...] = ints
    print(many, many + (None,), sum(x for x in ints))
    empty: tuple[()] = ()
    print(empty + a, a + empty, empty + empty)


if __name__ == "__main__":
    main()
