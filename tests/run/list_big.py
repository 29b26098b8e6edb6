a: list[int] = []
for i in range(100000):
    a.append(i * i)
print(len(a), a[99999], sum(a))
b = [x for x in a if x % 7 == 0]
print(len(b), b[-1])
total = 0
for i in range(len(a)):
    total += a[i] % 10
print(total)
