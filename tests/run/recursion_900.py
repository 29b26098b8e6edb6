def depth(n: int) -> int:
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def ackermann(m: int, n: int) -> int:
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def main() -> None:
    print(depth(900))
    print(ackermann(2, 3), ackermann(3, 3))


if __name__ == "__main__":
    main()
