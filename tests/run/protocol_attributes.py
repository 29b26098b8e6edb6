# Protocols with data members and properties: each class provides them as
# a field, a property or a class constant; reads dispatch on the class.
from typing import Protocol


class Named(Protocol):
    name: str

    @property
    def size(self) -> int: ...


class File:
    def __init__(self, name: str, data: list[int]) -> None:
        self.name = name
        self.data = data

    @property
    def size(self) -> int:
        return len(self.data)


class Folder:
    def __init__(self, name: str, items: list[Named]) -> None:
        self.name = name
        self.items = items

    @property
    def size(self) -> int:
        total = 0
        for it in self.items:
            total += it.size
        return total


class Device:
    name = "dev0"
    size = 4096


def listing(things: list[Named]) -> list[tuple[str, int]]:
    return [(t.name, t.size) for t in things]


a = File("a.txt", [1, 2, 3])
b = File("b.bin", [0] * 10)
docs = Folder("docs", [a, b])
root = Folder("root", [docs, File("c", []), Device()])
print(listing([a, b, docs, root, Device()]))
docs.items.append(File("d", [9]))
print(root.size, docs.size)
