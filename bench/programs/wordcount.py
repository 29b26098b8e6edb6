"""Word counting: generate a text from a vocabulary with a linear
congruential generator, split it into words, normalise them and count them
in a dict[str, int]; print the most frequent words.

Needs: str split/strip/lower/join, str concatenation, dict[str, int] with
get and items(), list of tuples with sort, tuple unpacking, f-strings.
"""

LINES = 250000
WORDS_PER_LINE = 12

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "so", "ta", "vi", "ze", "po", "qua", "ix"]
PUNCTUATION = [",", ".", ";", "!", "?", ""]


def make_vocabulary() -> list[str]:
    words: list[str] = []
    for a in SYLLABLES:
        for b in SYLLABLES:
            words.append(a + b)
            words.append((a + b + a).capitalize())
    return words


def make_text(seed: int) -> list[str]:
    vocabulary = make_vocabulary()
    lines: list[str] = []
    state = seed
    for _ in range(LINES):
        parts: list[str] = []
        for _ in range(WORDS_PER_LINE):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            # a skewed distribution: small indexes are much more frequent
            r = (state >> 8) % 1000
            index = (r * r * len(vocabulary)) // 1000000
            word = vocabulary[index]
            if state & 7 == 0:
                word += PUNCTUATION[(state >> 4) % len(PUNCTUATION)]
            parts.append(word)
        lines.append(" ".join(parts))
    return lines


def count_words(lines: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in lines:
        for word in line.split():
            w = word.strip(",.;!?").lower()
            counts[w] = counts.get(w, 0) + 1
    return counts


def main() -> None:
    lines = make_text(42)
    counts = count_words(lines)
    ranked = [(-n, w) for w, n in counts.items()]
    ranked.sort()
    total = 0
    for n in counts.values():
        total += n
    print(f"{total} words, {len(counts)} distinct")
    for n, w in ranked[:10]:
        print(f"{w:>10} {-n:6}")


if __name__ == "__main__":
    main()
