def divmod2(a: int, b: int) -> tuple[int, int]:
    return a // b, a % b


q, r = divmod2(17, 5)
print(q, r)
pts = [(1, 2, "a"), (3, 4, "b")]
for x, y, name in pts:
    print(name, x * y)
for i, (x, y, name) in enumerate(pts):
    print(i, x, name)
lst = [10, 20]
m, n = lst
print(m, n)
pq: tuple[int, int] = (1, 2)
(p, q2), s = pq, "z"
print(p, q2, s)
