from typing import Any

Json = dict[str, Any]


def empty() -> Json:
    return {}


print(len(empty()))


# expect:
# any_alias.py:3:18: error: "Any" is not supported by pyuk: give a precise type (a union, a Protocol, a TypeVar or object)
