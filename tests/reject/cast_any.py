from typing import Any, cast


def main() -> None:
    n = cast(Any, 3)
    print(n)


main()


# expect:
# cast_any.py:5:9: error: cast() to "Any" is not supported by pyuk: give a precise type (a union, a Protocol, a TypeVar or object)
