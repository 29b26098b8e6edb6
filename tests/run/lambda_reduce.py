from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
A = TypeVar("A")
R = TypeVar("R")


def fold(f: Callable[[A, T], A], xs: list[T], init: A) -> A:
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc


def keep(pred: Callable[[T], bool], xs: list[T]) -> list[T]:
    return [x for x in xs if pred(x)]


def apply_all(fs: list[Callable[[T], R]], x: T) -> list[R]:
    return [f(x) for f in fs]


def main() -> None:
    nums = [4, 8, 15, 16, 23, 42]
    print(fold(lambda a, b: a + b, nums, 0), fold(lambda a, b: a * b % 1000, nums, 1))
    print(fold(lambda acc, s: acc + s.upper(), ["a", "b", "c"], ">"))
    print(fold(lambda acc, x: max(acc, x), [2.5, -1.0, 9.75], 0.0))
    print(keep(lambda n: n % 2 == 0, nums), keep(lambda s: "a" in s, ["ab", "cd", "ca"]))
    fs: list[Callable[[int], int]] = [lambda n: n + 1, lambda n: n * n, abs]
    print(apply_all(fs, -7))
    lengths = fold(lambda acc, w: acc + [len(w)], ["x", "yy", "zzz"], [0])
    print(lengths)


main()
