d: dict[int, int] = {}
for i in range(50000):
    d[i * 7 % 50000] = i
print(len(d), d[0], d[7], d[49999])
for i in range(0, 50000, 2):
    del d[i]
print(len(d), sum(d.values()) % 1000003)
s: dict[str, int] = {}
for i in range(5000):
    s[str(i)] = i
print(len(s), s["4999"], "5000" in s)
