# __iter__ returning an iterator over a list the object holds: for loops,
# comprehensions, sum(), list(), sorted() and enumerate() over instances.
from typing import Iterator


class Bag:
    def __init__(self) -> None:
        self.things: list[int] = []

    def add(self, v: int) -> "Bag":
        self.things.append(v)
        return self

    def __iter__(self) -> Iterator[int]:
        return iter(self.things)


class Names:
    def __init__(self, names: list[str]) -> None:
        self.names = names

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)


b = Bag().add(3).add(1).add(2)
for x in b:
    print(x)
print([x * x for x in b], sum(b), sorted(b), list(b), max(b))
for i, x in enumerate(b):
    print(i, x)
total = 0
for x in Bag().add(5).add(6):
    total += x
print(total)
ns = Names(["b", "a", "c"])
print(sorted(ns), [n.upper() for n in ns], "-".join(ns), len(list(ns)))
