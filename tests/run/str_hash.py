a = "hello"
b = "hel" + "lo"
print(hash(a) == hash(b), hash("") == 0, hash(b"") == 0)
print(hash("a") == hash(b"a"), hash("abc") == hash(b"abc"))
print(hash("ünï") == hash("ü" + "nï"), hash("x") != hash("y"))
seen: dict[str, int] = {}
for w in "the quick brown fox jumps over the lazy dog the end".split():
    seen[w] = seen.get(w, 0) + 1
print(seen)
print(hash(a) == hash(a), hash(a) != -1)
