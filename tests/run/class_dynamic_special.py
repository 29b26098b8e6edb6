# Special methods defined only in subclasses still apply to values typed
# with the base class: == and hashing go through the object's class, and
# an overriding __eq__ replaces the base's.


class Shape:
    def __init__(self, size: int) -> None:
        self.size = size


class Square(Shape):
    def __eq__(self, other: object) -> bool:
        return isinstance(other, Shape) and other.size == self.size

    def __hash__(self) -> int:
        return self.size


class Circle(Shape):
    pass


class Base:
    def __eq__(self, other: object) -> bool:
        return True


class Picky(Base):
    def __eq__(self, other: object) -> bool:
        return False


a: Shape = Square(2)
b: Shape = Circle(2)
c: Shape = Circle(2)
print(a == b, b == a, b == c, a != b, b != c, a == Square(2))
print(len({a, Square(2), Square(3)}), [x.size for x in [a, b] if x == Square(2)])
x: Base = Picky()
y: Base = Base()
print(x == y, y == x, x == x, y == y, x != y)
