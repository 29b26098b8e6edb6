# order=True: <, <=, >, >= compare the fields as a tuple; sorting, min,
# max.
from dataclasses import dataclass


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    tag: str = ""


@dataclass(order=True, frozen=True)
class Score:
    points: float
    name: str


vs = [Version(1, 2, 3), Version(1, 10), Version(0, 9, 9), Version(1, 2, 3, "rc1"), Version(2)]
print(sorted(vs))
print(min(vs), max(vs))
a, b = Version(1, 2), Version(1, 2, 1)
print(a < b, a <= b, a > b, a >= b, a == b, a <= Version(1, 2), a >= Version(1, 2))
scores = [Score(9.5, "ann"), Score(7.25, "bo"), Score(9.5, "al")]
print(sorted(scores, reverse=True))
