# A frozen dataclass with its own __eq__ and __str__: the generated __hash__
# stays (CPython re-adds it), the generated __repr__ stays, print uses __str__.
from dataclasses import dataclass


@dataclass(frozen=True)
class Money:
    cents: int
    currency: str = "EUR"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Money) and self.cents == other.cents

    def __str__(self) -> str:
        return f"{self.cents / 100:.2f} {self.currency}"


m = Money(150)
print(m, repr(m), m == Money(150, "USD"), len({m, Money(150)}), hash(m) == hash((150, "EUR")))
