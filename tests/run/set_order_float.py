print({1.5, 2.25, -0.5, 3.0, 1e10, 0.1})
f: set[float] = set()
for i in range(20):
    f.add(i / 4)
print(f)
print({0.0, -0.0, 1.0}, 1 in {1.0}, 2.0 in {2})
print({1e308 * 10, 2.5, -1e308 * 10})
