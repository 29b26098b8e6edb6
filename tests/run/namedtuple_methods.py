# NamedTuple classes with methods and properties, used as immutable
# records: computed values, returning new tuples, and lists of them.
from typing import NamedTuple


class Interval(NamedTuple):
    lo: int
    hi: int

    @property
    def width(self) -> int:
        return self.hi - self.lo

    def contains(self, v: int) -> bool:
        return self.lo <= v < self.hi

    def merge(self, other: "Interval") -> "Interval":
        return Interval(min(self.lo, other.lo), max(self.hi, other.hi))

    def overlaps(self, other: "Interval") -> bool:
        return self.lo < other.hi and other.lo < self.hi


def coalesce(spans: list[Interval]) -> list[Interval]:
    out: list[Interval] = []
    for s in sorted(spans):
        if out and out[-1].overlaps(s):
            out[-1] = out[-1].merge(s)
        else:
            out.append(s)
    return out


spans = [Interval(5, 8), Interval(1, 3), Interval(2, 6), Interval(10, 12), Interval(11, 11)]
merged = coalesce(spans)
print(merged, [m.width for m in merged])
print(Interval(1, 3).contains(2), Interval(1, 3).contains(3), spans[0].width)
lo, hi = merged[0]
print(lo, hi, merged[0] == (1, 8))
