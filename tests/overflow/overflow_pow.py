def main() -> None:
    for e in range(60, 70):
        print(e, 2 ** e)


if __name__ == "__main__":
    main()
