from typing import Any, TypeVar

T = TypeVar("T", bound=Any)


def same(x: T) -> T:
    return x


print(same(1))


# expect:
# any_typevar_bound.py:3:24: error: "Any" is not supported by pyuk: give a precise type (a union, a Protocol, a TypeVar or object)
