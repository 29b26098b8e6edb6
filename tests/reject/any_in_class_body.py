from dataclasses import dataclass


@dataclass
class Point:
    x: int
    from typing import Any as Anything

    extra: Anything = 1


print(Point(1))


# expect:
# any_in_class_body.py:7:5: error: an import inside a class is not supported by pyuk: import at the top of the module
# any_in_class_body.py:9:12: error: "Any" is not supported by pyuk: give a precise type (a union, a Protocol, a TypeVar or object)
