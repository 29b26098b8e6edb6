from typing import Callable


def make_checker(limit: int) -> Callable[[int], int]:
    def check(n: int) -> int:
        if n > limit:
            raise ValueError("over the limit")
        return n
    return check


def apply(f: Callable[[int], int], values: list[int]) -> list[int]:
    out = []
    for v in values:
        try:
            out.append(f(v))
        except ValueError:
            out.append(-1)
    return out


checker = make_checker(5)
print(apply(checker, [1, 6, 3, 9]))
divide: Callable[[int], int] = lambda n: 100 // n
print(apply(divide, [5, 10]))
print(divide(0))
