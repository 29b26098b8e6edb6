from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def map(self, f: Callable[[T], R]) -> "Box[R]":
        return Box(f(self.item))


print(Box(2).map(lambda x: x + 1).item)


# expect:
# generic_method.py:12:5: error: the generic method "map" (with type variables of its own) is not supported by pyuk: make it a module-level generic function; generic classes and functions are compiled once per instantiation
