from dataclasses import dataclass, field
from typing import Callable, Generic, TypeVar

T = TypeVar("T")


class Heap(Generic[T]):
    def __init__(self, less: Callable[[T, T], bool]) -> None:
        self.items: list[T] = []
        self.less = less

    def __len__(self) -> int:
        return len(self.items)

    def push(self, x: T) -> None:
        self.items.append(x)
        i = len(self.items) - 1
        while i > 0:
            p = (i - 1) // 2
            if self.less(self.items[i], self.items[p]):
                self.items[i], self.items[p] = self.items[p], self.items[i]
                i = p
            else:
                break

    def pop(self) -> T:
        if not self.items:
            raise IndexError("pop from empty heap")
        top = self.items[0]
        last = self.items.pop()
        if self.items:
            self.items[0] = last
            i = 0
            n = len(self.items)
            while True:
                l = 2 * i + 1
                r = l + 1
                m = i
                if l < n and self.less(self.items[l], self.items[m]):
                    m = l
                if r < n and self.less(self.items[r], self.items[m]):
                    m = r
                if m == i:
                    break
                self.items[i], self.items[m] = self.items[m], self.items[i]
                i = m
        return top


@dataclass(order=True)
class Event:
    time: float
    priority: int
    name: str = field(compare=False)
    action: Callable[[], None] = field(compare=False, repr=False)


@dataclass(frozen=True, order=True)
class Key:
    a: int
    b: str = "x"


@dataclass(frozen=True, order=True)
class Tagged:
    key: int
    label: str = field(compare=False)
    weight: float = field(default=1.0, repr=False, compare=False)


@dataclass(frozen=True)
class Base:
    key: int
    note: str = field(default="", compare=False, repr=False)


@dataclass(frozen=True)
class Sub(Base):
    score: float = 0.0
    log: list[int] = field(default_factory=list, compare=False, hash=None)


@dataclass
class Quiet:
    n: int = field(default=0, repr=False)
    s: str = field(default="q", repr=False, compare=False, init=True)


def main() -> None:
    log: list[str] = []
    h: Heap[Event] = Heap(lambda x, y: x < y)

    def make(n: str) -> Callable[[], None]:
        def act() -> None:
            log.append(n)
        return act

    for i, (t, p, n) in enumerate([(3.0, 1, "c"), (1.5, 2, "a"), (1.5, 1, "b"), (0.25, 5, "z")]):
        h.push(Event(t, p, n, make(n + str(i))))
    print(len(h))
    while len(h):
        e = h.pop()
        print(e)
        e.action()
    print(log)
    try:
        h.pop()
    except IndexError as ex:
        print("empty:", ex)
    ks = sorted([Key(2, "b"), Key(1), Key(2, "a"), Key(1, "a")])
    print(ks)
    print(Key(1) < Key(1, "y"), Key(1) <= Key(1), Key(3) > Key(2, "z"), Key(1) >= Key(2))
    print(hash(Key(1, "a")) == hash(Key(1, "a")), {Key(1): 1, Key(1): 2})
    ev = Event(1.0, 1, "q", lambda: None)
    print(ev == Event(1.0, 1, "other", lambda: None))
    print(max([Key(1), Key(3), Key(2)]), min(Key(2, "b"), Key(2, "a")))
    a = Tagged(1, "x", 0.5)
    b = Tagged(1, "y", 0.25)
    print(a, a == b, hash(a) == hash(b), hash(a) == hash(Tagged(1, "", 0.0)), a < Tagged(2, "a", 0.0))
    print(Sub(1, "n", 2.0, [3]), Sub(1, "n", 2.0, [3]) == Sub(1, "m", 2.0, [4]), Sub(1, "n", 2.0, [3]) == Sub(1, "n", 1.0, [3]))
    print(Quiet(), Quiet(5, "k"), Quiet() == Quiet(0, "other"))


if __name__ == "__main__":
    main()
