def scale(x: float, factor: float = 2.0, offset: int = 0) -> float:
    return x * factor + offset


def greet(name: str = "world", punct: str = "!") -> None:
    print("hello", name, sep=", ", end=punct)
    print()


def main() -> None:
    print(scale(1.5), scale(1.5, 3.0), scale(1.5, offset=4), scale(x=2.0, factor=0.5))
    greet()
    greet("pyuk")
    greet(punct="?")


if __name__ == "__main__":
    main()
