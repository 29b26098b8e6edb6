import typing


def parse(text: str) -> typing.Any:
    return int(text)


print(parse("12") + 1)


# expect:
# any_return.py:4:25: error: "Any" is not supported by pyuk: give a precise type (a union, a Protocol, a TypeVar or object)
