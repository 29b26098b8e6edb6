text = "the quick brown fox jumps over the lazy dog the end"
counts: dict[str, int] = {}
for w in ["the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog", "the", "end"]:
    counts[w] = counts.get(w, 0) + 1
print(counts)
letters: dict[str, int] = {}
for ch in text:
    if ch != " ":
        if ch in letters:
            letters[ch] += 1
        else:
            letters[ch] = 1

print(len(letters), letters["e"], letters["o"])
