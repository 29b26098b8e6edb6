def histogram(s: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for ch in s:
        counts[ch] = counts.get(ch, 0) + 1
    return counts


text = "Grüße, 世界! 😀😀 aaa"
print(histogram(text))
print([c for c in "héllo"], list("ab😀"))
for i, c in enumerate("xÿz"):
    print(i, c, ord(c))
rev = ""
for c in reversed("ünïcode"):
    rev += c
print(rev)
