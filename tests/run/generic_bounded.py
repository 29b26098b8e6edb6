from typing import Protocol, TypeVar


class Shape:
    def __init__(self, name: str) -> None:
        self.name = name

    def area(self) -> float:
        return 0.0


class Square(Shape):
    def __init__(self, side: float) -> None:
        super().__init__("square")
        self.side = side

    def area(self) -> float:
        return self.side * self.side


class Circle(Shape):
    def __init__(self, r: float) -> None:
        super().__init__("circle")
        self.r = r

    def area(self) -> float:
        return 3.0 * self.r * self.r


S = TypeVar("S", bound=Shape)


def largest(shapes: list[S]) -> S:
    best = shapes[0]
    for s in shapes[1:]:
        if s.area() > best.area():
            best = s
    return best


C = TypeVar("C", bound="Comparable")


class Comparable(Protocol):
    def __lt__(self: C, other: C, /) -> bool: ...


def maximum(xs: list[C]) -> C:
    best = xs[0]
    for x in xs:
        if best < x:
            best = x
    return best


N = TypeVar("N", int, float)


def total(xs: list[N], start: N) -> N:
    acc = start
    for x in xs:
        acc = acc + x
    return acc


def main() -> None:
    squares = [Square(1.0), Square(3.0), Square(2.0)]
    big = largest(squares)
    print(big.name, big.side, big.area())
    shapes: list[Shape] = [Circle(1.0), Square(2.0)]
    print(largest(shapes).name)
    print(maximum([3, 9, 2]), maximum(["pear", "apple"]), maximum([0.5, -1.0]))
    print(total([1, 2, 3], 0), total([0.5, 0.25], 1.0))


main()
