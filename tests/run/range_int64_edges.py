"""range() up to the ends of int64: the counter never wraps, steps of 1, -1 and 2."""


def main() -> None:
    big = 9223372036854775807
    n = 0
    for i in range(big - 3, big):
        n += 1
        print(i)
    for i in range(-big - 1 + 2, -big - 1, -1):
        print(i)
    for i in range(big - 5, big, 2):
        print(i)
    print(n)


if __name__ == "__main__":
    main()
