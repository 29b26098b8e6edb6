# Values typed as a union of classes (a tagged union): method calls,
# properties and fields dispatch on the object's class, with Optional
# members narrowed first.
from dataclasses import dataclass
from typing import Optional, Union


@dataclass
class Circle:
    r: float
    name: str = "circle"

    def area(self) -> float:
        return 3.0 * self.r * self.r

    def scaled(self, k: float = 2.0) -> "Circle":
        return Circle(self.r * k)


@dataclass
class Rect:
    w: float
    h: float
    name: str = "rect"

    def area(self) -> float:
        return self.w * self.h

    def scaled(self, k: float = 2.0) -> "Rect":
        return Rect(self.w * k, self.h * k)


class Tri:
    def __init__(self, b: float, h: float) -> None:
        self.b = b
        self.h = h
        self.name = "tri"

    def area(self) -> float:
        return self.b * self.h / 2

    def scaled(self, k: float = 2.0) -> "Tri":
        return Tri(self.b * k, self.h * k)


Shape = Union[Circle, Rect, Tri]


def describe(s: Shape) -> str:
    return f"{s.name}: {s.area()} -> {s.scaled().area()} -> {s.scaled(k=0.5).area()}"


shapes: list[Shape] = [Circle(1.0), Rect(2.0, 3.0), Tri(4.0, 5.0)]
for s in shapes:
    print(describe(s))
best: Optional[Shape] = None
for s in shapes:
    if best is None or s.area() > best.area():
        best = s
if best is not None:
    print(best.name, best.area())
