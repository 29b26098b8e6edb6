def check(n: int) -> None:
    if n > 2:
        raise RuntimeError()
    print("ok", n)


for i in range(5):
    check(i)
