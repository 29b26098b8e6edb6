import functools


@functools.lru_cache(maxsize=None)
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(10))


# expect:
# decorator_functools.py:4:2: error: "functools.lru_cache" is not supported by pyuk: of functools, pyuk provides functools.reduce
# decorator_functools.py:4:2: error: the decorator "functools.lru_cache" is not supported by pyuk: memoize in a dict that the function reads and fills
