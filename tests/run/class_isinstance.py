# isinstance with compiled classes: subclasses, tuples of classes, None
# and narrowing to reach subclass fields.
from typing import Optional


class Base:
    pass


class Left(Base):
    def __init__(self) -> None:
        self.l = 1


class Right(Base):
    def __init__(self) -> None:
        self.r = 2


class FarLeft(Left):
    pass


def classify(x: Optional[Base]) -> int:
    if x is None:
        return -1
    if isinstance(x, FarLeft):
        return 100 + x.l
    if isinstance(x, Left):
        return 10 + x.l
    if isinstance(x, Right):
        return 20 + x.r
    return 0


items: list[Optional[Base]] = [Base(), Left(), Right(), FarLeft(), None]
for it in items:
    print(classify(it), isinstance(it, Base), isinstance(it, (Left, Right)))
o: object = FarLeft()
print(isinstance(o, Left), isinstance(o, Right), isinstance(o, Base))
n: object = 3
print(isinstance(n, Base), isinstance("s", Base))
lefts = [x for x in items if isinstance(x, Left)]
print(len(lefts), sum(x.l for x in lefts))
