def main() -> None:
    x = 3
    for i in range(60):
        x = x * 3
        print(i, x)


if __name__ == "__main__":
    main()
