def main() -> None:
    x = 1e308 * 10.0
    y = x - x
    print(x, y, -x)
    print(int(2.5e9))
    print(int(y))


if __name__ == "__main__":
    main()
