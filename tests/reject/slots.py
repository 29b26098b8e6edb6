class Point:
    __slots__ = ("x", "y")

    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y


print(Point(1, 2).x)


# expect:
# slots.py:2:5: error: "__slots__" is not supported by pyuk: pyuk lays out instances from the annotated fields
