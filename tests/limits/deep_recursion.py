def depth(n: int) -> int:
    if n == 0:
        return 0
    return depth(n - 1) + 1


def main() -> None:
    print("start")
    print(depth(100000))


if __name__ == "__main__":
    main()
