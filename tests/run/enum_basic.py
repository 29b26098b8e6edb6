# enum.IntEnum: members print as ints (3.11's IntEnum str), repr as
# <Color.RED: 1>, have .name and .value, and are ints everywhere.
from enum import IntEnum


class Color(IntEnum):
    RED = 1
    GREEN = 2
    BLUE = 4


c = Color.GREEN
print(c, str(c), repr(c), c.name, c.value, f"{c}", f"{c!r}")
print([Color.RED, Color.BLUE], {Color.RED: "r"}, (c,))
print(c + 1, c * 10, Color.RED | Color.BLUE, -Color.RED, int(c), float(c))
print(c == 2, c != 2, c is Color.GREEN, Color.RED < Color.BLUE, max(Color.RED, Color.BLUE))
print(isinstance(c, int), isinstance(c, Color), hash(c) == hash(2))
values = [1, 2, 3, 4]
print(values[Color.GREEN], values[-Color.RED])
d = {1: "one", 2: "two"}
print(d[Color.GREEN], Color.RED in d, sorted([Color.BLUE, Color.RED, Color.GREEN]))
