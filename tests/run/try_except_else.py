def risky(n: int) -> int:
    if n % 3 == 0:
        raise ValueError("multiple of three")
    return n * 10


def run(n: int) -> None:
    try:
        value = risky(n)
    except ValueError:
        print(n, "failed")
    else:
        print(n, "gave", value)
    print(n, "done")


for i in range(1, 7):
    run(i)
