a = list(range(10))
print(a[2:5], a[:3], a[7:], a[:], a[-3:], a[:-7])
print(a[::2], a[1::3], a[::-1], a[8:2:-2], a[-1:-4:-1])
print(a[100:], a[-100:2], a[5:2])
b = a[:]
b[2:4] = [20, 30, 40]
print(b)
b[::2] = [0, 0, 0, 0, 0, 0]
print(b)
b[1:3] = []
print(b)
del b[0]
print(b)
del b[::3]
print(b)
del b[-2:]
print(b)
c = [1, 2, 3]
c[len(c):] = [4, 5]
c[:0] = [0]
print(c)
