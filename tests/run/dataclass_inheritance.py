# Dataclasses deriving from dataclasses: inherited fields come first in
# __init__ and __repr__, defaults carry over, methods are inherited and
# overridden, and equality requires the same class.
from dataclasses import dataclass


@dataclass
class Base:
    id: int
    label: str = "base"

    def describe(self) -> str:
        return f"{self.label}#{self.id}"


@dataclass
class Item(Base):
    price: float = 0.0
    qty: int = 1

    def total(self) -> float:
        return self.price * self.qty

    def describe(self) -> str:
        return super().describe() + f" x{self.qty}"


@dataclass
class Special(Item):
    discount: float = 0.1

    def total(self) -> float:
        return super().total() * (1 - self.discount)


items: list[Base] = [Base(1), Item(2, "pen", 1.5, 4), Special(3, "ink", 10.0, 2, 0.25)]
for it in items:
    print(it, it.describe())
print([i.total() for i in items if isinstance(i, Item)])
print(Item(2, "pen", 1.5, 4) == items[1], Base(1) == Item(1), Special(3) == Special(3))
