def fib_recursive(n: int) -> int:
    if n < 2:
        return n
    return fib_recursive(n - 1) + fib_recursive(n - 2)


def fib_loop(n: int) -> int:
    a = 0
    b = 1
    for _ in range(n):
        a, b = b, a + b
    return a


def main() -> None:
    for n in range(0, 25, 4):
        print(n, fib_recursive(n), fib_loop(n))
    print(fib_loop(91))


if __name__ == "__main__":
    main()
