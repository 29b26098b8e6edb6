for x in reversed([1, 2, 3]):
    print(x)
for i in reversed(range(5)):
    print(i, end=" ")
print()
for i in reversed(range(1, 10, 3)):
    print(i, end=" ")
print()
for c in reversed("abc"):
    print(c, end="")
print()
print(list(reversed((1, 2, 3))), list(reversed(range(0))), list(reversed(range(10, 0, -4))))
a = [1, 2, 3, 4]
for x in reversed(a):
    if x == 3:
        a.pop()
    print(x)
