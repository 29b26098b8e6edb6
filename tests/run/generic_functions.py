from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
R = TypeVar("R")


def first(xs: list[T]) -> T:
    return xs[0]


def last_or(xs: list[T], default: T) -> T:
    return xs[-1] if xs else default


def swap(pair: tuple[K, V]) -> tuple[V, K]:
    return (pair[1], pair[0])


def mapped(xs: list[T], f: Callable[[T], R]) -> list[R]:
    return [f(x) for x in xs]


def invert(d: dict[K, V]) -> dict[V, K]:
    return {v: k for k, v in d.items()}


def count_if(xs: list[T], pred: Callable[[T], bool]) -> int:
    n = 0
    for x in xs:
        if pred(x):
            n += 1
    return n


def find(xs: list[T], target: T) -> int | None:
    for i, x in enumerate(xs):
        if x == target:
            return i
    return None


def main() -> None:
    print(first([10, 20]), first(["a", "b"]), first([1.5]), first([[1], [2]]))
    print(last_or([], 7), last_or([1, 2], 7), last_or(["x"], "y"))
    print(swap((1, "one")), swap(("pi", 3.14)))
    print(mapped([1, 2, 3], lambda x: x * x), mapped(["a", "bb"], len))
    print(mapped([1.5, 2.5], lambda x: str(x) + "!"))
    print(invert({"a": 1, "b": 2}), invert({1: 2.5}))
    print(count_if([1, -2, 3, -4], lambda x: x > 0), count_if(["", "a"], lambda s: s != ""))
    print(find([3, 1, 4], 4), find(["a"], "z"), find([1.0, 2.0], 2.0))


main()
