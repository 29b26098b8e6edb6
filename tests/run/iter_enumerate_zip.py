names = ["a", "b", "c"]
for i, n in enumerate(names):
    print(i, n)
for i, n in enumerate(names, 1):
    print(i, n)
for a, b in zip(names, [1, 2, 3, 4]):
    print(a, b)
for x, y, z in zip(range(3), "xyz", [1.5, 2.5, 3.5]):
    print(x, y, z)
print(list(enumerate("ab")), list(zip([1, 2], ["p", "q"])))

print(list(zip(names, names)))
