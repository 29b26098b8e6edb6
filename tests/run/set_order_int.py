print({3, 1, 2})
print({100, 5, 37, 8, 64, 1000, 9, 33})
s: set[int] = set()
for i in [17, 3, 99, 4, 256, 1024, 12, -5, -1, 0, 65, 8]:
    s.add(i)
print(s)
s.discard(99)
s.discard(12345)
s.remove(4)
print(s)
for i in range(40):
    s.add(i * 13)
print(s)
big = {i * 37 % 1000 for i in range(300)}
print(len(big), list(big)[:20])
neg = {-1, -2, -3, 2**40, 2**62, -(2**61), 2**61 - 1}
print(neg)
