# Protocol members implemented with other representations: an int result
# where the protocol says object or Optional[int], a float field read
# through a protocol attribute, and a subclass overriding with glue.
from typing import Optional, Protocol


class Keyed(Protocol):
    def key(self) -> object: ...

    def rank(self) -> Optional[int]: ...


class Weighted(Protocol):
    weight: float


class Job:
    def __init__(self, id: int, weight: float) -> None:
        self.id = id
        self.weight = weight

    def key(self) -> int:
        return self.id

    def rank(self) -> int:
        return self.id % 3


class Named:
    weight = 0.5

    def __init__(self, name: str) -> None:
        self.name = name

    def key(self) -> str:
        return self.name

    def rank(self) -> Optional[int]:
        return None if self.name == "" else len(self.name)


class Base:
    def size(self) -> object:
        return "base"


class Sized(Base):
    def size(self) -> int:
        return 42


things: list[Keyed] = [Job(7, 1.5), Named("ab"), Named(""), Job(9, 0.25)]
print([t.key() for t in things], [t.rank() for t in things])
ws: list[Weighted] = [Job(1, 2.5), Named("x"), Job(2, -1.0)]
print(sum(w.weight for w in ws), [w.weight for w in ws])
bs: list[Base] = [Base(), Sized()]
print([b.size() for b in bs])
