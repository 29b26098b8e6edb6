def main() -> None:
    x = 1.0
    for i in range(70):
        x = x * 2.0
        print(i, int(x))


if __name__ == "__main__":
    main()
