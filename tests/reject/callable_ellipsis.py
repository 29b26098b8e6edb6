from collections.abc import Callable


def call_twice(f: Callable[..., int]) -> int:
    return f() + f()


def one() -> int:
    return 1


print(call_twice(one))


# expect:
# callable_ellipsis.py:4:19: error: "Callable[..., T]" is not supported by pyuk: list the parameter types, as in "Callable[[int, str], T]"
