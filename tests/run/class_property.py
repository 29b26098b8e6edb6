# Read-only @property: computed values, properties over other properties,
# overriding a property in a subclass, and super() reaching the base's.


class Rect:
    def __init__(self, w: int, h: int) -> None:
        self._w = w
        self._h = h

    @property
    def width(self) -> int:
        return self._w

    @property
    def area(self) -> int:
        return self._w * self._h

    @property
    def is_square(self) -> bool:
        return self._w == self._h

    @property
    def label(self) -> str:
        return "rect"

    def grow(self, n: int) -> None:
        self._w += n
        self._h += n


class Square(Rect):
    def __init__(self, s: int) -> None:
        super().__init__(s, s)

    @property
    def label(self) -> str:
        return "square"

    @property
    def area(self) -> int:
        return super().area + 0


shapes = [Rect(2, 3), Square(4), Rect(5, 5)]
for s in shapes:
    print(s.label, s.width, s.area, s.is_square)
shapes[0].grow(1)
print(shapes[0].area, shapes[0].width, sum(s.area for s in shapes))
