def validate(n: int) -> bool:
    try:
        assert n % 2 == 0, "odd number"
        assert n < 100
        return True
    except AssertionError:
        return False


for v in range(2, 4):
    print(v, validate(v))
print(200, validate(200))
assert validate(4), "four is valid"
assert not validate(5), 55
print("all asserts passed")
assert validate(7), 7
