a = [1, 2, 3, 4]
for x in a:
    print(x)
    if x == 2:
        a.append(99)
    if len(a) > 6:
        break
print(a)
b = [1, 2, 3, 4, 5, 6]
for x in b:
    b.remove(x)
print(b)
