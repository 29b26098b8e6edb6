def ratio(a: float, b: float) -> float:
    return a / b


def main() -> None:
    print(ratio(1.0, 4.0))
    print(ratio(1.0, 0.0))


if __name__ == "__main__":
    main()
