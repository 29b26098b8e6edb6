# A singly linked list of instances with Optional links: building,
# walking, reversing and dropping long chains, with collections running
# while the list is alive.
from typing import Optional


class Node:
    def __init__(self, value: int, next: Optional["Node"] = None) -> None:
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self) -> None:
        self.head: Optional[Node] = None
        self.size = 0

    def push(self, v: int) -> None:
        self.head = Node(v, self.head)
        self.size += 1

    def total(self) -> int:
        t = 0
        node = self.head
        while node is not None:
            t += node.value
            node = node.next
        return t

    def reverse(self) -> None:
        prev: Optional[Node] = None
        node = self.head
        while node is not None:
            nxt = node.next
            node.next = prev
            prev = node
            node = nxt
        self.head = prev

    def first(self, n: int) -> list[int]:
        out: list[int] = []
        node = self.head
        while node is not None and len(out) < n:
            out.append(node.value)
            node = node.next
        return out


lst = LinkedList()
for i in range(200000):
    lst.push(i)
print(lst.size, lst.total(), lst.first(3))
lst.reverse()
print(lst.first(3))
for round in range(5):
    garbage = LinkedList()
    for i in range(50000):
        garbage.push(i)
    print(round, garbage.total(), lst.total())
