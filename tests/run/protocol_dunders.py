# Protocols with special methods: len(), truth, indexing, `in` and
# comparisons on protocol-typed values dispatch on the object's class.
from typing import Protocol


class Seq(Protocol):
    def __len__(self) -> int: ...

    def __getitem__(self, i: int) -> int: ...

    def __contains__(self, v: int) -> bool: ...


class Ordered(Protocol):
    def __lt__(self, other: "Ordered") -> bool: ...


class Range3:
    def __init__(self, start: int) -> None:
        self.start = start

    def __len__(self) -> int:
        return 3

    def __getitem__(self, i: int) -> int:
        return self.start + i

    def __contains__(self, v: int) -> bool:
        return self.start <= v < self.start + 3


class Empty:
    def __len__(self) -> int:
        return 0

    def __getitem__(self, i: int) -> int:
        raise IndexError("empty")

    def __contains__(self, v: int) -> bool:
        return False


class Weight:
    def __init__(self, kg: int) -> None:
        self.kg = kg

    def __lt__(self, other: Ordered) -> bool:
        return isinstance(other, Weight) and self.kg < other.kg


def summary(s: Seq) -> str:
    if not s:
        return "empty"
    return f"{len(s)} items, first {s[0]}, last {s[len(s) - 1]}, has 5: {5 in s}"


def smallest(items: list[Ordered]) -> Ordered:
    best = items[0]
    for it in items[1:]:
        if it < best:
            best = it
    return best


seqs: list[Seq] = [Range3(4), Empty(), Range3(10)]
for s in seqs:
    print(summary(s))
w = smallest([Weight(5), Weight(2), Weight(9)])
print(w.kg if isinstance(w, Weight) else -1)
