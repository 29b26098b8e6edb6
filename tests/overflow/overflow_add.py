def main() -> None:
    big = 9223372036854775000
    for i in range(2000):
        big += 1
    print(big)


if __name__ == "__main__":
    main()
