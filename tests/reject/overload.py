from typing import overload


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x: int | str) -> int | str:
    return x * 2


print(double(2))


# expect:
# overload.py:4:2: error: @overload is not supported by pyuk: write one function with a union type, or several functions with different names
