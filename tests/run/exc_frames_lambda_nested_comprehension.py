from typing import Callable


def parse_all(parts: list[str]) -> list[int]:
    return [int(p) for p in parts]


def total(parts: list[str]) -> int:
    return sum(int(p) for p in parts)


def lookup(table: dict[str, int], keys: list[str]) -> dict[str, int]:
    return {k: table[k] for k in keys}


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


def outer(n: int) -> int:
    def inner(m: int) -> int:
        return 10 // m
    return inner(n)


for attempt in range(5):
    try:
        if attempt == 0:
            parse_all(["1", "x"])
        elif attempt == 1:
            total(["2", "y"])
        elif attempt == 2:
            lookup({"a": 1}, ["a", "b"])
        elif attempt == 3:
            apply(lambda v: v // 0, 3)
        else:
            outer(0)
    except (ValueError, KeyError, ZeroDivisionError) as e:
        print(repr(e))
parse_all(["3", "4", "z"])
