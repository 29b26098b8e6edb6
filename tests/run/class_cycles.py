# Objects that refer to each other (parents and children, rings) stay
# correct through collections and are reclaimed once unreachable.
from typing import Optional


class Person:
    def __init__(self, name: str) -> None:
        self.name = name
        self.friends: list[Person] = []
        self.partner: Optional[Person] = None

    def befriend(self, other: "Person") -> None:
        self.friends.append(other)
        other.friends.append(self)


def make_ring(n: int) -> Person:
    first = Person("p0")
    prev = first
    for i in range(1, n):
        p = Person("p" + str(i))
        prev.partner = p
        prev = p
    prev.partner = first
    return first


a, b, c = Person("a"), Person("b"), Person("c")
a.befriend(b)
b.befriend(c)
c.partner = a
a.partner = c
print([f.name for f in b.friends], a.partner.name if a.partner else "", len(c.friends))
kept = make_ring(1000)
for round in range(20):
    ring = make_ring(5000)
    walker = ring
    for _ in range(5000):
        assert walker.partner is not None
        walker = walker.partner
    print(round, walker is ring, walker.name) if round % 5 == 0 else None
count = 1
p = kept.partner
while p is not None and p is not kept:
    count += 1
    p = p.partner
print(count, kept.name)
