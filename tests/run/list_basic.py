a: list[int] = [5, 3, 8]
a.append(1)
print(a, len(a))
print(a[0], a[-1], a[2])
a[1] = 30
a[-1] = 10
print(a)
b: list[float] = [1.5, 2.0, -0.1, 1e100, 3.0]
print(b, b[3])
c: list[str] = ["x", "it's", 'say "hi"', ""]
print(c)
empty: list[int] = []
print(empty, len(empty), bool(empty), bool(a))
print([True, False])
print([[1, 2], [3], []])
