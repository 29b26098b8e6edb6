from collections.abc import Callable


def chunks(text: str, size: int) -> list[str]:
    out: list[str] = []
    pos = 0
    while (piece := text[pos:pos + size]) != "":
        out.append(piece)
        pos += size
    return out


def positive_squares(xs: list[int]) -> list[int]:
    return [y for x in xs if (y := x * x - 10) > 0]


def last_match(words: list[str], prefix: str) -> str:
    found = ""
    for w in words:
        if (n := len(w)) > 3 and w.startswith(prefix):
            found = f"{w}/{n}"
    return found


def counter() -> Callable[[], int]:
    count = 0

    def tick() -> int:
        nonlocal count
        return (count := count + 1)

    return tick


def main() -> None:
    print(chunks("abcdefgh", 3), chunks("", 2))
    print(positive_squares([1, 3, 4, -5, 2]))
    print(last_match(["alpha", "ab", "algebra", "beta"], "al"))
    t = counter()
    print(t(), t(), t())
    if (total := sum([1, 2, 3])) > 5:
        print("total", total)


main()
if (top := max([3, 9, 4])) > 5:
    print("top", top)
