# NamedTuples as records in containers: defaults, nested named tuples,
# dict keys, sorting by fields, and conversion to plain tuples and lists.
from typing import NamedTuple


class Point(NamedTuple):
    x: float
    y: float = 0.0


class Segment(NamedTuple):
    start: Point
    end: Point
    label: str = ""

    def length(self) -> float:
        dx = self.end.x - self.start.x
        dy = self.end.y - self.start.y
        return (dx * dx + dy * dy) ** 0.5


segs = [Segment(Point(0.0), Point(3.0, 4.0), "a"), Segment(Point(1.0, 1.0), Point(1.0, 2.0)),
        Segment(Point(-1.0), Point(2.0), "c")]
print(segs[0])
print([s.length() for s in segs], sorted(s.length() for s in segs))
print(max(segs, key=lambda s: s.length()).label, segs[1].start, segs[1].end.y)
index = {s.start: s.label for s in segs}
print(index[Point(0.0, 0.0)], Point(1.0, 1.0) in index, list(index.values()))
start, end, label = segs[2]
print(start, end, repr(label), tuple(segs[1].end), list(Point(5.0)))
moved = segs[0]._replace(label="moved", end=Point(9.0, 9.0))
print(moved, segs[0].label, moved._replace() == moved)
