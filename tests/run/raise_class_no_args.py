def check(n: int) -> None:
    if n < 0:
        raise ValueError
    print("fine", n)


try:
    check(-1)
except ValueError:
    print("caught bare class")
check(1)
check(-5)
