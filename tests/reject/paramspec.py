from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def call(f: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
    return f(*args, **kwargs)


print(call(len, "abc"))


# expect:
# paramspec.py:4:5: error: ParamSpec is not supported by pyuk: use TypeVar
# paramspec.py:8:29: error: a "*args" parameter is not supported by pyuk: take a list or a tuple
# paramspec.py:8:44: error: a "**kwargs" parameter is not supported by pyuk: take keyword parameters with defaults, or a dict
# paramspec.py:9:15: error: unpacking arguments with "*" in a call is not supported by pyuk: pass the arguments one by one
# paramspec.py:9:23: error: unpacking keyword arguments with "**" in a call is not supported by pyuk: pass the keyword arguments one by one
