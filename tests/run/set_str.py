words = {"apple", "pear", "fig"}
words.add("kiwi")
words.add("fig")
print(len(words), "fig" in words, "plum" in words, sorted(words))
seen: set[str] = set()
dups = []
for w in ["a", "b", "c", "a", "d", "b", "e"]:
    if w in seen:
        dups.append(w)
    seen.add(w)
print(dups, sorted(seen))
print(set() == set(), set(), {"x"})
