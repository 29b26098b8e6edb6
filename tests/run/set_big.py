s: set[int] = set()
for i in range(20000):
    s.add(i * 2654435761 % 100003)
print(len(s))
for i in range(0, 100003, 2):
    s.discard(i)
print(len(s), sum(s) % 1000)
print(list(s)[:15])
