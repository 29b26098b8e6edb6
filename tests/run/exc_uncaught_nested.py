def parse(text: str) -> int:
    if text == "":
        raise ValueError("empty input")
    return 3


def load(name: str) -> int:
    total = parse(name)
    total += parse("")
    return total


def main() -> None:
    print("loading")
    print(load("abc"))
    print("never")


main()
