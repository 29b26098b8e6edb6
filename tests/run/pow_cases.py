def power(base: int, exp: int) -> int:
    return base ** exp


def main() -> None:
    print(power(2, 62), power(-2, 63), power(3, 39), power(0, 0), power(7, 1))
    print(power(-1, 1000001), power(1, 10 ** 18), power(0, 5))
    print(2 ** -1, 10 ** -2, 2.0 ** 0.5, 4 ** 0.5)


if __name__ == "__main__":
    main()
