from typing import Any

table: dict[str, Any] = {}
table["a"] = 1
print(len(table))


# expect:
# any_variable.py:3:18: error: "Any" is not supported by pyuk: give a precise type (a union, a Protocol, a TypeVar or object)
