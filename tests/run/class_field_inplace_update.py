"""Attributes updated in place (self.items += xs, self.seen |= s, self.buf += b):
an alias of the attribute sees the update; mypy leaves these targets untyped."""

from typing import Generic, TypeVar

T = TypeVar("T")


class Bag(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
        self.seen: set[T] = set()
        self.meta: dict[str, T] = {}

    def add_all(self, xs: list[T]) -> None:
        self.items += xs
        self.seen |= set(xs)


class E:
    def __init__(self) -> None:
        self.items: list[int] = [1]
        self.s: set[str] = {"a"}
        self.d: dict[str, int] = {}
        self.buf = bytearray(b"x")


def main() -> None:
    e = E()
    alias = e.items
    e.items += [2, 3]
    e.items *= 2
    e.items += range(2)
    e.s |= {"b"}
    e.s.discard("a")
    e.d |= {"k": 1}
    b = e.buf
    e.buf += bytearray(b"yz")
    print(alias, e.items, alias is e.items, e.s, e.d, b)
    bag: Bag[float] = Bag()
    bag.add_all([1.5, 2.5, 1.5])
    bag.meta |= {"x": 0.5}
    print(bag.items, sorted(bag.seen), bag.meta)
    es = [E(), E()]
    es[1].items += [9]
    print(es[1].items)


if __name__ == "__main__":
    main()
