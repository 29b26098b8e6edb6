# dict lookups that take the runtime's fast paths (int keys, str keys,
# tuples of ints) next to keys that must take the generic path.


class Key:
    def __init__(self, text: str) -> None:
        self.text = text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, str) and other == self.text or (
            isinstance(other, Key) and other.text == self.text)

    def __hash__(self) -> int:
        return hash(self.text)


def main() -> None:
    ints = {i * 7: i for i in range(1000)}
    print(ints[700], 701 in ints, ints.get(14, -1), ints.get(15, -1), len(ints))
    try:
        print(ints[3])
    except KeyError as e:
        print("KeyError:", e)
    words: dict[str, int] = {}
    for w in "the cat and the hat and the bat".split():
        words[w] = words.get(w, 0) + 1
    print(sorted(words.items()), "the" in words, "dog" in words)
    cells = {(x, y): x * y for x in range(20) for y in range(20)}
    print(cells[(3, 4)], (19, 19) in cells, (20, 0) in cells, cells.get((1, 2), 0))
    mixed: dict[object, int] = {Key("one"): 1, "two": 2}
    print(mixed.get("one", -1), mixed.get("two", -1), mixed.get(Key("two"), -1))
    floats: dict[float, str] = {1.0: "one", 2.5: "two and a half"}
    print(floats.get(1.0), floats.get(2.5), floats.get(3.0))


main()
