"""type(x).__name__, x.__class__.__name__ and C.__name__ for builtin values,
class instances seen through their base class, exceptions and unions."""

from dataclasses import dataclass


class Base:
    pass


class Derived(Base):
    pass


@dataclass
class Point:
    x: int


class AppError(Exception):
    pass


def describe(b: Base) -> str:
    return type(b).__name__


def main() -> None:
    print(type(1).__name__, type(1.5).__name__, type("s").__name__, type(True).__name__)
    print(type([1]).__name__, type({"a": 1}).__name__, type((1, "x")).__name__, type({1}).__name__)
    print(type(None).__name__, type(b"x").__name__, type(bytearray()).__name__)
    print(describe(Base()), describe(Derived()), type(Point(1)).__name__, Point.__name__)
    print(Point(2).__class__.__name__, int.__name__, AppError.__name__)
    for exc in [ValueError("v"), KeyError("k"), AppError("a"), ZeroDivisionError()]:
        try:
            raise exc
        except Exception as e:
            print(type(e).__name__, e.__class__.__name__, repr(str(e)))
    u: int | str = 3
    print(type(u).__name__)
    u = "three"
    print(type(u).__name__)


if __name__ == "__main__":
    main()
