S: set[int] = {5, 9, 2}
print(S.pop())
S.add(1)
print(S)
s = set(range(20))
for i in range(0, 20, 3):
    s.discard(i)
for i in range(100, 140):
    s.add(i)
    s.discard(i - 50)
print(s)
t: set[int] = set()
for step in range(400):
    k = (step * 7919) % 211 - 50
    if step % 5 < 3:
        t.add(k)
    else:
        t.discard((step * 31) % 150 - 50)
print(t)
print(len(t), sorted(t) == sorted(set(sorted(t))))
