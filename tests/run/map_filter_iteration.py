"""map() and filter() in loops, comprehensions and builtins: functions,
lambdas, conversions (str, int, float, bool, repr), filter(None, ...)."""

def double(x: int) -> int:
    return x * 2


def is_even(x: int) -> bool:
    return x % 2 == 0


def main() -> None:
    xs = [3, 1, 4, 1, 5, 9, 2, 6]
    print(list(map(str, xs)), list(map(double, xs)), list(map(lambda v: v * v, xs)))
    print(list(filter(is_even, xs)), list(filter(lambda v: v > 3, xs)), list(filter(None, [0, 1, 0, 2])))
    print(",".join(map(str, xs)), sum(map(double, xs)), sorted(map(abs, [-3, 2, -1])))
    print(set(map(len, ["a", "bb", "cc"])), max(map(float, xs)), list(map(int, [1.5, -2.7])))
    for s in map(repr, ["a", "b"]):
        print(s)
    total = 0
    for v in filter(is_even, map(double, range(5))):
        total += v
    print(total, [x + 1 for x in filter(is_even, xs)], list(filter(None, ["", "x", "y"])))
    words = ["Apple", "bob", "Cat"]
    print([w.lower() for w in words])
    print(any(map(is_even, xs)), all(map(is_even, xs)), tuple(map(bool, [0, 3])))


if __name__ == "__main__":
    main()
