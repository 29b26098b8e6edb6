"""Word frequencies with collections.Counter."""
from collections import Counter

TEXT = """the quick brown fox jumps over the lazy dog and the dog sleeps
while the fox runs and the quick cat watches the brown dog"""


def top_words(text: str, n: int) -> list[tuple[str, int]]:
    counts = Counter(text.split())
    return counts.most_common(n)


def main() -> None:
    words = TEXT.split()
    c: Counter[str] = Counter(words)
    print(c)
    print(top_words(TEXT, 3))
    print(c.most_common(0), c.most_common(-2), len(c.most_common(100)))
    print(c["the"], c["unicorn"], "unicorn" in c, len(c))
    print(c.total(), sum(c.values()))
    letters = Counter("mississippi")
    print(letters, repr(letters), str(letters))
    print(sorted(letters.elements()))
    print([x for x in letters.elements()])
    letters.update("ssss")
    letters.update({"m": 2, "z": 1})
    print(letters)
    letters.subtract("iiiii")
    letters.subtract({"z": 3})
    print(letters, letters.total())
    a = Counter("aabbbc")
    b = Counter("abbbbd")
    print(a + b, a - b, b - a)
    print(a == Counter({"a": 2, "b": 3, "c": 1}), a == b)
    print(Counter({"x": 1, "y": 0}) == Counter({"x": 1}))
    print(dict(a) == {"a": 2, "b": 3, "c": 1})
    del a["b"]
    del a["nothing"]
    print(a, a.get("zz"), a.get("zz", 7))
    cp = a.copy()
    cp["q"] += 1
    print(cp, a, type(cp).__name__)
    nums: Counter[int] = Counter([3, 1, 3, 2, 3, 1])
    print(nums, nums.most_common(1)[0])
    for k, v in sorted(nums.items()):
        print(k, v)
    empty: Counter[str] = Counter()
    print(empty, empty.most_common(), empty.total(), list(empty.elements()))
    print(Counter({"b": 2, "a": 2, "c": 5}))
    keys = list(letters)
    print(keys)


main()
