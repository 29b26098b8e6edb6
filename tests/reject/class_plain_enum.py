from enum import Enum


class Color(Enum):
    RED = "r"
    GREEN = "g"


print(Color.RED)


# expect:
# class_plain_enum.py:4:1: error: "enum.Enum" is not supported by pyuk yet: use enum.IntEnum
