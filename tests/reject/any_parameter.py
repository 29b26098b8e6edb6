from typing import Any


def describe(value: Any) -> str:
    return str(value)


print(describe(3))


# expect:
# any_parameter.py:4:21: error: "Any" is not supported by pyuk: give a precise type (a union, a Protocol, a TypeVar or object)
