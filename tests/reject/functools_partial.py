from functools import partial, reduce


def add(a: int, b: int) -> int:
    return a + b


def main() -> None:
    inc = partial(add, 1)
    print(inc(2), reduce(add, [1, 2]))


main()


# expect:
# functools_partial.py:1:1: error: "functools.partial" is not supported by pyuk: of functools, pyuk provides functools.reduce
