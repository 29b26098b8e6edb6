def main() -> None:
    for k in range(60, 66):
        print(k, 1 << k)


if __name__ == "__main__":
    main()
