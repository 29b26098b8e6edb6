"""round() whose int result needs more than 64 bits: CPython prints it,
pyuk stops with OverflowError."""


def main() -> None:
    for x in [1e17, 1e18, 9.2e18, 1e19, 1e20]:
        print(round(x))
    for n in [10**17, 10**18, 9 * 10**18]:
        print(round(n, -19))


if __name__ == "__main__":
    main()
