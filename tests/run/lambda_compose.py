from collections.abc import Callable


def compose(f: Callable[[int], int], g: Callable[[int], int]) -> Callable[[int], int]:
    return lambda x: f(g(x))


def pipeline(stages: list[Callable[[int], int]]) -> Callable[[int], int]:
    def run(x: int) -> int:
        for stage in stages:
            x = stage(x)
        return x

    return run


def curry_add(a: int) -> Callable[[int], Callable[[int], int]]:
    return lambda b: lambda c: a + b + c


def repeat(f: Callable[[float], float], n: int) -> Callable[[float], float]:
    if n == 0:
        return lambda x: x
    return lambda x: f(repeat(f, n - 1)(x))


def main() -> None:
    inc: Callable[[int], int] = lambda x: x + 1
    dbl: Callable[[int], int] = lambda x: x * 2
    print(compose(inc, dbl)(5), compose(dbl, inc)(5))
    p = pipeline([inc, dbl, inc, lambda x: x * x])
    print(p(1), p(2), p(-3))
    print(curry_add(1)(20)(300))
    halve = repeat(lambda x: x / 2.0, 4)
    print(halve(1.0), halve(100.0))
    table = {name: f for name, f in [("inc", inc), ("dbl", dbl)]}
    print(sorted(table), table["dbl"](table["inc"](4)))


main()
