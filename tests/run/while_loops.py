def collatz(n: int) -> int:
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def main() -> None:
    print(collatz(27), collatz(97), collatz(1))
    i = 0
    while True:
        i += 1
        if i % 2 == 0:
            continue
        if i > 9:
            break
        print("odd", i)
    n = 10
    while n > 0:
        n -= 3
    else:
        print("else ran", n)
    while n < 100:
        n += 1
        if n == 50:
            break
    else:
        print("not printed")
    print("done", n)


if __name__ == "__main__":
    main()
