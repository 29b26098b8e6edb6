class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y


def coordinate(p: Point, axis: str) -> int:
    value: int = getattr(p, axis)
    return value


print(coordinate(Point(1, 2), "x"))


# expect:
# getattr_dynamic.py:8:29: error: getattr() with an attribute name computed at run time is not supported by pyuk: use the attribute by name ("x.name") or getattr() with a literal name
