a = [0, 1, 2, 3, 4, 5]
for i, x in enumerate(a):
    if x % 2 == 0:
        a.pop(i)
print(a)
b = [1]
for x in b:
    if x < 5:
        b.append(x + 1)
print(b)
c = [1, 2, 3]
for x in c:
    c.clear()
    print(x)
print(c)
