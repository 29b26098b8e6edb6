# A dataclass that refers to itself through its fields: the generated
# __repr__ prints "..." for an object already being printed, as CPython's
# reprlib.recursive_repr does.
from dataclasses import dataclass
from typing import Optional


@dataclass
class Node:
    value: int
    next: Optional["Node"] = None


a = Node(1)
b = Node(2, a)
a.next = b
print(a)
print([b])
head: Optional[Node] = None
for i in range(50):
    head = Node(i, head)
print(len(repr(head)))
