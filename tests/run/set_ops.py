a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
f45 = {4, 5}
f6 = {6}
print(a <= b, f45 <= b, f45 < b, b >= f6, a > a, a == {5, 4, 3, 2, 1})
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
f9 = {9}
f12 = {1, 2}
print(a.issubset(b), a.isdisjoint(f9), a.issuperset(f12))
c = set(a)
c |= {10, 11}
keep: set[int] = {1, 10, 11, 12}
c &= keep
print(c)
ten = {10}
c -= ten
odd: set[int] = {1, 99}
c ^= odd
print(c)
big1 = set(range(0, 200, 3))
big2 = set(range(0, 200, 5))
print(big1 & big2)
print(len(big1 | big2), len(big1 - big2), sorted(big1 ^ big2)[:10])
print({30, 1} - set(range(30)))
d = {5, 6}
d.update(range(3))
d.difference_update(f45)
print(d)
