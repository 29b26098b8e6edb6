def negate(x: int) -> int:
    return -x


def main() -> None:
    smallest = -9223372036854775807 - 1
    print(negate(5))
    print(negate(smallest))


if __name__ == "__main__":
    main()
