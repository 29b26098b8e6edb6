"""functools.reduce with functions, lambdas, closures, initial values."""
import functools
from functools import reduce
from typing import Callable


def gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return a


def lcm(a: int, b: int) -> int:
    return a // gcd(a, b) * b


class Vec:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __repr__(self) -> str:
        return f"Vec({self.x}, {self.y})"


def add_vec(a: Vec, b: Vec) -> Vec:
    return Vec(a.x + b.x, a.y + b.y)


def traced(acc: int, x: int) -> int:
    print("  step", acc, x)
    return acc * 10 + x


def main() -> None:
    nums = [12, 18, 30, 42]
    print(reduce(gcd, nums), reduce(lcm, range(1, 21)))
    print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4, 5]))
    print(reduce(lambda a, b: a * b, range(1, 11), 1))
    print(reduce(lambda acc, w: acc + len(w), ["alpha", "be", "gamma"], 0))
    print(reduce(lambda a, b: a + b, ["x", "y", "z"]), reduce(lambda a, b: b + a, "abc"))
    print(reduce(lambda a, b: a if a > b else b, [3.5, -1.0, 7.25, 2.0]))
    print(reduce(add_vec, [Vec(1, 2), Vec(3, 4), Vec(5, 6)]))
    # building a dict and a list from items
    def tally(d: dict[str, int], w: str) -> dict[str, int]:
        d[w] = d.get(w, 0) + 1
        return d

    print(reduce(tally, "mississippi", {"z": 0}))
    words = "the quick brown fox jumps over the lazy dog".split()
    longest = reduce(lambda a, b: b if len(b) > len(a) else a, words)
    print(longest)
    flat = reduce(lambda acc, xs: acc + xs, [[1, 2], [3], [], [4, 5, 6]], [0])
    print(flat)
    bits = reduce(lambda acc, bit: acc * 2 + bit, [1, 0, 1, 1, 0, 1], 0)
    print(bits, reduce(lambda a, b: a ^ b, [0x5A, 0x3C, 0xFF]))
    print(reduce(lambda a, b: a and b, [True, True, False]),
          reduce(lambda a, b: a or b, [False, False], True))
    # a closure over a local, a Callable variable, a generator expression
    scale = 3
    op: Callable[[int, int], int] = lambda a, b: a + scale * b
    print(reduce(op, [1, 2, 3]), reduce(op, (x * x for x in range(4)), 100))
    print(reduce(traced, [1, 2, 3], 7))
    print(reduce(traced, [5]), reduce(traced, [], 9))
    print(reduce(lambda a, b: max(a, b), [3, 9, 2]))
    # errors: the function raises, the iterable is empty
    try:
        print(reduce(lambda a, b: a // b, [100, 5, 0, 2]))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    empty: list[int] = []
    try:
        print(reduce(gcd, empty))
    except TypeError as e:
        print("TypeError:", e)
    print(reduce(lambda a, b: a - b, [k for k in range(5) if k % 2], 0))
    print(reduce(lambda a, b: a + b, {"k": 1, "j": 2}))
    print(reduce(gcd, [x for x in empty]))


main()
