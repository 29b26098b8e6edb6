# Defaults that name class attributes (enum members, class constants) and
# tuples of literals, in dataclasses, named tuples and plain classes.
from dataclasses import dataclass
from enum import IntEnum
from typing import NamedTuple


class Kind(IntEnum):
    A = 1
    B = 2


class Limits:
    MAX = 10


@dataclass
class Job:
    name: str
    kind: Kind = Kind.A
    retries: int = Limits.MAX
    span: tuple[int, int] = (0, 1)


class Rec(NamedTuple):
    kind: Kind = Kind.B


class Counter:
    start: int = Limits.MAX

    def bump(self) -> None:
        self.start += 1


j = Job("x")
print(j, Job("y", Kind.B, 3, (2, 3)), Rec(), Rec(Kind.A))
c = Counter()
c.bump()
print(c.start, Counter().start)
