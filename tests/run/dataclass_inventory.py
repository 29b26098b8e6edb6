# An inventory of dataclass records with IntEnum categories: grouping,
# sorting by several keys, totals, and the nested reprs.
from dataclasses import dataclass, field
from enum import IntEnum


class Category(IntEnum):
    FOOD = 1
    TOOL = 2
    TOY = 3


@dataclass(order=True)
class Item:
    category: Category
    name: str
    price_cents: int = 0
    tags: list[str] = field(default_factory=list)

    @property
    def price(self) -> str:
        return f"{self.price_cents // 100}.{self.price_cents % 100:02d}"


@dataclass
class Inventory:
    items: list[Item] = field(default_factory=list)

    def add(self, item: Item) -> None:
        self.items.append(item)

    def by_category(self) -> dict[Category, list[str]]:
        out: dict[Category, list[str]] = {}
        for it in sorted(self.items):
            out.setdefault(it.category, []).append(it.name)
        return out

    def total(self, category: Category) -> int:
        return sum(it.price_cents for it in self.items if it.category == category)


inv = Inventory()
inv.add(Item(Category.TOY, "yo-yo", 350, ["kids"]))
inv.add(Item(Category.FOOD, "apple", 45))
inv.add(Item(Category.TOOL, "hammer", 1299, ["steel", "heavy"]))
inv.add(Item(Category.FOOD, "bread", 275))
print(inv.items[0])
print(inv.by_category())
for c in Category:
    print(c.name, inv.total(c))
cheapest = min(inv.items, key=lambda it: it.price_cents)
print(cheapest.name, cheapest.price, max(inv.items).name)
print(Inventory([Item(Category.TOY, "ball")]))
