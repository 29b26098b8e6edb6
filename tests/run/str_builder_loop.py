def build(n: int) -> str:
    s = ""
    for i in range(n):
        s += str(i % 10)
        if i % 100 == 99:
            s += "\n"
    return s


total = 0
for round_ in range(30):
    t = build(500)
    total += len(t)
    parts = t.split("\n")
    total += len(parts)
print(total)
big = "ab" * 50000
print(len(big), big[-3:], big.count("ab"), len(big.replace("a", "xyz")))
words = []
for i in range(2000):
    words.append("w" + str(i))
joined = " ".join(words)
print(len(joined), joined[:20], joined.split()[1999])
