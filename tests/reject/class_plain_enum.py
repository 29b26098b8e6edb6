"""An Enum whose members are strings: pyuk's enum members are ints."""

from enum import Enum


class Color(Enum):
    RED = "r"
    GREEN = "g"


print(Color.RED)


# expect:
# class_plain_enum.py:7:11: error: enum members must be int literals or auto() in pyuk
# class_plain_enum.py:11:7: error: "Color.RED" is not supported by pyuk yet
