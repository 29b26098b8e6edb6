# frozen=True: instances are hashable (hash of the field tuple, as CPython
# computes it) and usable as dict keys and set members; plain dataclasses
# with eq are unhashable.
from dataclasses import dataclass


@dataclass(frozen=True)
class Coord:
    row: int
    col: int

    def neighbours(self) -> list["Coord"]:
        return [Coord(self.row + dr, self.col + dc)
                for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1))]


@dataclass
class Mutable:
    v: int


c = Coord(2, 3)
print(c, hash(c) == hash(Coord(2, 3)), hash(c) == hash((2, 3)), hash(Coord(0, 0)))
grid = {Coord(r, k): r * 10 + k for r in range(3) for k in range(3)}
print(grid[Coord(1, 2)], Coord(5, 5) in grid, len(grid))
seen = {c}
for n in c.neighbours():
    seen.add(n)
seen.add(Coord(2, 3))
print(len(seen), sorted([(s.row, s.col) for s in seen]))
try:
    print(hash(Mutable(1)))
except TypeError as e:
    print("TypeError:", e)
print(Mutable(1) == Mutable(1))
