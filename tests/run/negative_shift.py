def shift(a: int, b: int) -> int:
    return a << b


def main() -> None:
    print(shift(1, 4))
    print(shift(1, -1))


if __name__ == "__main__":
    main()
