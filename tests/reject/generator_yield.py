from collections.abc import Iterator


def count_up(n: int) -> Iterator[int]:
    i = 0
    while i < n:
        yield i
        i += 1


for k in count_up(3):
    print(k)


# expect:
# generator_yield.py:7:9: error: a generator ("yield") is not supported by pyuk: build and return a list, or pass a callback
