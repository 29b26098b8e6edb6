# Unbounded recursion through virtual calls, protocol calls and __repr__
# hooks ends in RecursionError, which the program catches.
from typing import Protocol


class Node:
    def depth(self) -> int:
        return 0


class Loop(Node):
    def __init__(self) -> None:
        self.next: Node = self

    def depth(self) -> int:
        return 1 + self.next.depth()


class Walker(Protocol):
    def walk(self, n: int) -> int: ...


class Ping:
    def __init__(self) -> None:
        self.other: Walker = self

    def walk(self, n: int) -> int:
        return self.other.walk(n + 1)


class Mirror:
    def __repr__(self) -> str:
        return "Mirror(" + repr(self) + ")"


try:
    print(Loop().depth())
except RecursionError:
    print("RecursionError in depth")
try:
    print(Ping().walk(0))
except RecursionError:
    print("RecursionError in walk")
try:
    print(repr(Mirror()))
except RecursionError:
    print("RecursionError in repr")
print(Node().depth())
