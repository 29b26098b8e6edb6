from collections.abc import Iterator


def inner() -> Iterator[int]:
    yield 1


def outer() -> Iterator[int]:
    yield from inner()


print(list(outer()))


# expect:
# generator_yield_from.py:5:5: error: a generator ("yield") is not supported by pyuk: build and return a list, or pass a callback
# generator_yield_from.py:9:5: error: a generator ("yield from") is not supported by pyuk: build and return a list, or pass a callback
