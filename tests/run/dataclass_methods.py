# Dataclasses with methods, properties, class variables, __post_init__,
# a user __repr__ that replaces the generated one, and eq=False.
from dataclasses import dataclass
from typing import ClassVar


@dataclass
class Rect:
    w: float
    h: float
    area: float = 0.0
    count: ClassVar[int] = 0

    def __post_init__(self) -> None:
        self.area = self.w * self.h
        Rect.count += 1

    @property
    def ratio(self) -> float:
        return self.w / self.h

    def scaled(self, k: float) -> "Rect":
        return Rect(self.w * k, self.h * k)


@dataclass
class Money:
    cents: int

    def __repr__(self) -> str:
        return f"${self.cents // 100}.{self.cents % 100:02d}"

    def __add__(self, other: "Money") -> "Money":
        return Money(self.cents + other.cents)


@dataclass(eq=False)
class Handle:
    fd: int


r = Rect(2.0, 3.0)
print(r, r.ratio, r.scaled(2.0), Rect.count)
print(Money(1234), [Money(5), Money(100)], Money(250) + Money(99), Money(1) == Money(1))
h = Handle(3)
print(h == Handle(3), h == h, h, {h: 1}[h])
