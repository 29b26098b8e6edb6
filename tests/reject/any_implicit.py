from dataclasses import asdict, dataclass


@dataclass
class Point:
    x: int
    y: int


fields = asdict(Point(1, 2))
print(fields)


# expect:
# any_implicit.py:10:10: error: an expression of type "dict[str, Any]" is not supported by pyuk: the value's type must be known at compile time; give it a precise type
