d: dict[int, int] = {}
for i in [5, 3, 9, 1, 7]:
    d[i] = i * i
print(d)
del d[3]
d[3] = 0
d[5] = 55
print(d)
for i in range(100):
    d[i] = i
for i in range(0, 100, 3):
    del d[i]
print(list(d)[:10], len(d))
print({k: 0 for k in "abc"})
