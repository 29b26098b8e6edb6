def add(a: int, b: int) -> int:
    return a + b


pair = [1, 2]
print(add(*pair))


# expect:
# star_call.py:6:12: error: unpacking arguments with "*" in a call is not supported by pyuk: pass the arguments one by one
