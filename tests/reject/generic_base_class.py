from typing import Generic, TypeVar

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []


class IntStack(Stack[int]):
    def total(self) -> int:
        return sum(self.items)


print(IntStack().total())


# expect:
# generic_base_class.py:11:1: error: deriving from the generic class "Stack" is not supported by pyuk: give the class a field of type "Stack[...]" instead
