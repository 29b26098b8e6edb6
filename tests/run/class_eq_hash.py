# __eq__ and __hash__: default identity semantics, user equality in
# lists and dicts, and a class defining __eq__ without __hash__ is
# unhashable.


class Ident:
    pass


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Point):
            return NotImplemented
        return self.x == other.x and self.y == other.y

    def __hash__(self) -> int:
        return hash((self.x, self.y))


class NoHash:
    def __init__(self, v: int) -> None:
        self.v = v

    def __eq__(self, other: object) -> bool:
        return isinstance(other, NoHash) and other.v == self.v


a, b = Ident(), Ident()
print(a == a, a == b, a != b, a is a, a is not b)
d1 = {a: 1, b: 2}
print(d1[a], d1[b], len(d1))
p, q = Point(1, 2), Point(1, 2)
print(p == q, p != q, p is q, p == Point(2, 1), p == 5, p != "x")
counts = {p: 10}
counts[q] = counts[q] + 1
counts[Point(0, 0)] = 0
print(len(counts), counts[Point(1, 2)], Point(0, 0) in counts, Point(9, 9) in counts)
print(Point(3, 4) in [Point(1, 1), Point(3, 4)], [Point(1, 1)].index(Point(1, 1)))
s = {Point(1, 1), Point(1, 1), Point(2, 2)}
print(len(s), hash(p) == hash(q))
print(NoHash(1) == NoHash(1), NoHash(1) != NoHash(2))
try:
    print(hash(NoHash(1)))
except TypeError as e:
    print("TypeError:", e)
try:
    bad = {NoHash(3): 1}
except TypeError as e:
    print("TypeError:", e)
