t = (1, "two", 3.0, True, None)
print(t, len(t), t[0], t[1], t[-1], t[2])
e = ()
one = (5,)
print(e, one, len(e), len(one))
a, b, c, d, f = t
print(a, b, c, d, f)
x, y = 1, 2
x, y = y, x
print(x, y)
h: tuple[int, ...] = (1, 2, 3, 4)
print(h[1:3], h[::-1], h[10:], len(h), h + (5,), 3 in h, h.index(3), h.count(1))
print(((1, 2), (3, (4, 5))))
