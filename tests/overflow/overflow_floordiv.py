def divide(a: int, b: int) -> int:
    return a // b


def main() -> None:
    smallest = -9223372036854775807 - 1
    print(divide(smallest, 2))
    print(divide(smallest, -1))


if __name__ == "__main__":
    main()
