def classify(n: int) -> str:
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"


def main() -> None:
    for n in range(-2, 14, 3):
        print(n, classify(n))
    x = 5
    if x > 3:
        if x > 4:
            print("nested yes")
        else:
            print("nested no")
    y = "yes" if x % 2 == 1 else "no"
    print(y)


if __name__ == "__main__":
    main()
