"""Nested tuple displays assigned to nested targets: (a, b), c = (x, y), z
evaluates every value first, left to right, then assigns (a swap included)."""


def trace(label: str, value: int) -> int:
    print("eval", label)
    return value


def main() -> None:
    (c, d), e = (3, 4), 5
    print(c, d, e)
    (c, d), e = (e, c), d
    print(c, d, e)
    ((a, b), (x, y)), z = ((trace("a", 1), trace("b", 2)), (trace("x", 3), trace("y", 4))), 9
    print(a, b, x, y, z)
    [m, (n, o)] = trace("m", 7), (8, trace("o", 9))
    print(m, n, o)
    pairs = [((1, 2), "p"), ((3, 4), "q")]
    for (i, j), name in pairs:
        print(i, j, name)


if __name__ == "__main__":
    main()
