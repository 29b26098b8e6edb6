import functools


@functools.lru_cache(maxsize=None)
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(10))


# expect:
# decorator_functools.py:1:8: error: module "functools" is not supported by pyuk: import the program's own modules and those docs/dialect.md lists
# decorator_functools.py:4:2: error: the decorator "functools.lru_cache" is not supported by pyuk: pyuk supports @staticmethod, @classmethod, @property and @dataclass
