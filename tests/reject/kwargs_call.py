def add(a: int, b: int) -> int:
    return a + b


named = {"a": 1, "b": 2}
print(add(**named))


# expect:
# kwargs_call.py:6:13: error: unpacking keyword arguments with "**" in a call is not supported by pyuk: pass the keyword arguments one by one
