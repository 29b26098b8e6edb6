from abc import ABC, abstractmethod
from typing import ClassVar, Final, Protocol


class HasArea(Protocol):
    @property
    def area(self) -> float: ...


class Shape(ABC):
    count: ClassVar[int] = 0
    SIDES: int = 0

    def __init__(self, name: str) -> None:
        self.name = name
        Shape.count += 1

    @property
    @abstractmethod
    def area(self) -> float: ...

    def describe(self) -> str:
        return f"{self.name} with {self.SIDES} sides, area {self.area:.2f}"

    def perimeter(self) -> float:
        raise NotImplementedError(f"{type(self).__name__}.perimeter")

    def __lt__(self, other: "Shape") -> bool:
        return self.area < other.area

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}>"


class Rect(Shape):
    SIDES = 4

    def __init__(self, w: float, h: float) -> None:
        super().__init__("rect")
        self.w = w
        self.h = h

    @property
    def area(self) -> float:
        return self.w * self.h

    def perimeter(self) -> float:
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, s: float) -> None:
        super().__init__(s, s)
        self.name = "square"


class Circle(Shape):
    PI: Final = 3.14159

    def __init__(self, r: float) -> None:
        super().__init__("circle")
        self.r = r

    @property
    def area(self) -> float:
        return Circle.PI * self.r ** 2


def total(xs: list[HasArea]) -> float:
    return sum((x.area for x in xs), 0.0)


def main() -> None:
    shapes: list[Shape] = [Rect(2.0, 3.0), Circle(1.0), Square(1.5)]
    for s in sorted(shapes):
        print(s.describe(), isinstance(s, Rect), isinstance(s, Square))
    print(sorted(shapes), max(shapes), Shape.count)
    print(total([Rect(1.0, 1.0), Circle(2.0)]))
    for s in shapes:
        try:
            print(s.perimeter())
        except NotImplementedError as e:
            print("not implemented:", e)
    print(shapes[0] < shapes[1], shapes[2] > shapes[1])
    shapes[1].perimeter()


if __name__ == "__main__":
    main()
