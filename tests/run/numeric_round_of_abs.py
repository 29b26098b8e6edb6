"""round(abs(x), 2): mypy types abs() in that context as a protocol, not
as the number abs() returns."""

def main() -> None:
    x = -2.345
    print(round(abs(x), 2), round(abs(-7)), max(abs(x), 1.0))


if __name__ == "__main__":
    main()
