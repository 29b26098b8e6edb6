from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        if not self.items:
            raise IndexError("pop from an empty stack")
        return self.items.pop()

    def peek(self) -> T | None:
        return self.items[-1] if self.items else None

    def __len__(self) -> int:
        return len(self.items)


class Node(Generic[T]):
    def __init__(self, value: T, next: "Node[T] | None" = None) -> None:
        self.value = value
        self.next = next


class LinkedList(Generic[T]):
    def __init__(self) -> None:
        self.head: Node[T] | None = None
        self.size = 0

    def prepend(self, value: T) -> None:
        self.head = Node(value, self.head)
        self.size += 1

    def to_list(self) -> list[T]:
        out: list[T] = []
        node = self.head
        while node is not None:
            out.append(node.value)
            node = node.next
        return out

    def count(self, pred: Callable[[T], bool]) -> int:
        return sum(1 for v in self.to_list() if pred(v))


def main() -> None:
    s: Stack[int] = Stack()
    for i in range(5):
        s.push(i * i)
    print(len(s), s.pop(), s.pop(), s.peek())
    names: Stack[str] = Stack()
    names.push("x")
    print(names.pop(), names.peek(), len(names))
    try:
        names.pop()
    except IndexError as e:
        print("error:", e)
    floats: LinkedList[float] = LinkedList()
    for f in (1.5, -2.0, 3.25):
        floats.prepend(f)
    print(floats.to_list(), floats.size, floats.count(lambda v: v > 0))
    words: LinkedList[str] = LinkedList()
    words.prepend("b")
    words.prepend("a")
    print(words.to_list(), words.count(lambda w: w == "a"))


main()
