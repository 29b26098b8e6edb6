# sum() of floats is typed float | int (sum([]) is the int 0): arithmetic
# with a float result and float() convert it as CPython does.  Binding it
# where a float is declared read the boxed int's bits as a double
# (1.5e-323 for 3); it is now refused (tests/reject/number_union_binding.py).


def mean(xs: list[float]) -> float:
    return sum(xs) / len(xs) if xs else 0.0


def total(xs: list[float]) -> float:
    return float(sum(xs))


def pick(flag: bool) -> float | int:
    return 3 if flag else 2.5


def variance(xs: list[float]) -> float:
    m = mean(xs)
    return sum((x - m) ** 2 for x in xs) / len(xs)


def main() -> None:
    e: list[float] = []
    print(mean([1.0, 2.0, 4.0]), mean(e), total(e), total([0.5, 0.25]))
    s = sum(e)
    print(s, s / 2, s * 1.5, s + 0.5, 1.0 - s, s > 0, s == 0, float(s), repr(s), f"{s}")
    print(pick(True) / 2, pick(False) / 2, pick(True) + 0.5, 2.0 ** pick(True))
    print(float(pick(True)), pick(True) // 2.0, pick(False) % 1.0, pick(True), pick(False))
    print(sum([0.1] * 10) / 10, [sum(r) / len(r) for r in [[1.0, 2.0], [3.5]]])
    print(f"{variance([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]):.3f}", sum(e, 0.0))


if __name__ == "__main__":
    main()
