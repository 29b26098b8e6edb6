# Dataclasses holding other dataclasses, lists of them, optional ones and
# strings with quotes: the generated repr nests like CPython's.
from dataclasses import dataclass
from typing import Optional


@dataclass
class Tag:
    key: str
    value: str


@dataclass
class Node:
    name: str
    tags: list[Tag]
    parent: Optional["Node"] = None
    weight: float = 1.0


root = Node("root", [])
child = Node("child", [Tag("k", "v"), Tag("quote", "it's \"x\"")], root, 2.5)
print(root)
print(child)
print(child.parent == root, child.tags[1], [t.key for t in child.tags])
leaf = Node("leaf\n", [Tag("", "")], child, -0.0)
print(leaf)
print(repr(leaf.tags), leaf.parent is child)
