def sqrt(x: float) -> float:
    guess = x / 2.0
    for _ in range(40):
        guess = (guess + x / guess) / 2.0
    return guess


def main() -> None:
    for n in range(1, 8):
        print(n, sqrt(float(n)))
    print(sqrt(2.0) * sqrt(2.0))


if __name__ == "__main__":
    main()
