from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def apply_all(fs: list[Callable[[T], R]], x: T) -> list[R]:
    return [f(x) for f in fs]


# mypy infers R as Any: abs is generic itself
print(apply_all([lambda n: n + 1, abs], -7))


# expect:
# generic_any_inferred.py:13:7: error: an expression of type "list[Any]" is not supported by pyuk: the value's type must be known at compile time; give it a precise type
