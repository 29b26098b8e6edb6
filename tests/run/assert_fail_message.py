def positive(x: int) -> int:
    assert x > 0, "x must be positive"
    return x


print(positive(3))
print(positive(-1))
