# A shape hierarchy: an abstract base with abstract methods, concrete
# shapes overriding area and perimeter, a shared describe(), and
# aggregation over a list of base references.
from abc import ABC, abstractmethod


PI = 3.141592653589793


class Shape(ABC):
    def __init__(self, name: str) -> None:
        self.name = name

    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def perimeter(self) -> float: ...

    def describe(self) -> str:
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"

    def __lt__(self, other: "Shape") -> bool:
        return self.area() < other.area()


class Circle(Shape):
    def __init__(self, r: float) -> None:
        super().__init__("circle")
        self.r = r

    def area(self) -> float:
        return PI * self.r ** 2

    def perimeter(self) -> float:
        return 2 * PI * self.r


class Rect(Shape):
    def __init__(self, w: float, h: float, name: str = "rect") -> None:
        super().__init__(name)
        self.w = w
        self.h = h

    def area(self) -> float:
        return self.w * self.h

    def perimeter(self) -> float:
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, s: float) -> None:
        super().__init__(s, s, "square")


class Triangle(Shape):
    def __init__(self, a: float, b: float, c: float) -> None:
        super().__init__("triangle")
        self.a, self.b, self.c = a, b, c

    def area(self) -> float:
        s = self.perimeter() / 2
        return (s * (s - self.a) * (s - self.b) * (s - self.c)) ** 0.5

    def perimeter(self) -> float:
        return self.a + self.b + self.c


shapes: list[Shape] = [Circle(1.5), Rect(2.0, 4.5), Square(3.0), Triangle(3.0, 4.0, 5.0)]
for s in shapes:
    print(s.describe())
total = 0.0
for s in shapes:
    total += s.area()
print(f"total area {total:.3f}")
print([s.name for s in sorted(shapes)])
biggest = max(shapes)
print(biggest.name, isinstance(biggest, Rect), biggest.area())
squares = [s for s in shapes if isinstance(s, Rect) and s.w == s.h]
print(len(squares), squares[0].name)
