def check(n: int) -> None:
    try:
        assert n != 1, n * 10
        assert n != 2, "two is not allowed"
        assert n != 3
        print("passed", n)
    except AssertionError as e:
        print("failed", n, repr(e), e.args)


for i in range(5):
    check(i)
