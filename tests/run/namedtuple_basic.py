# typing.NamedTuple: construction by position and keyword, defaults,
# field access, indexing, unpacking, len, iteration, equality with plain
# tuples, hashing, and CPython's repr.
from typing import NamedTuple


class Point(NamedTuple):
    x: int
    y: int


class Entry(NamedTuple):
    name: str
    size: int = 0
    ratio: float = 1.0


p = Point(3, 4)
print(p, repr(p), str(p), p.x, p.y, p[0], p[1], p[-1], len(p))
x, y = p
print(x + y, p == (3, 4), p == Point(3, 4), p != Point(4, 3), tuple(p), list(p))
print(Point(y=2, x=1), Entry("a"), Entry("b", 5), Entry(name="c", ratio=0.25))
for v in p:
    print(v)
d = {p: "here", Point(0, 0): "origin"}
print(d[Point(3, 4)], Point(0, 0) in d, hash(p) == hash((3, 4)))
print(sorted([Point(2, 1), Point(1, 9), Point(1, 2)]), max([Point(2, 1), Point(1, 9)]))
entries = [Entry("z", 3), Entry("a", 10, 0.5)]
print(entries, sum(e.size for e in entries))
