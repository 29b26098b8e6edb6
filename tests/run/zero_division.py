def divide(a: int, b: int) -> int:
    return a // b


def main() -> None:
    print(divide(7, 2))
    print(divide(1, 0))
    print("not reached")


if __name__ == "__main__":
    main()
