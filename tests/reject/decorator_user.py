from collections.abc import Callable


def traced(f: Callable[[int], int]) -> Callable[[int], int]:
    return f


@traced
def square(x: int) -> int:
    return x * x


print(square(3))


# expect:
# decorator_user.py:8:2: error: the decorator "decorator_user.traced" is not supported by pyuk: pyuk supports @staticmethod, @classmethod, @property and @dataclass
