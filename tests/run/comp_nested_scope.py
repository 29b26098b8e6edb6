def f(n: int) -> list[list[int]]:
    return [[i * j for j in range(n)] for i in range(n)]


print(f(3))
total = 0
for row in f(4):
    total += sum(row)
print(total)
names = ["ann", "bob"]
print({n: [c for c in n] for n in names})
