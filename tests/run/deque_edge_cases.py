"""collections.deque edge cases: maxlen 0, rotate on one item (no mutation
error), index with start/stop, deques of tuples, objects, deques; in fields,
parameters and optionals; a churn of strings through a bounded window."""

from collections import deque


class Task:
    def __init__(self, name: str, work: int) -> None:
        self.name = name
        self.work = work

    def __repr__(self) -> str:
        return f"Task({self.name!r}, {self.work})"


class Holder:
    def __init__(self) -> None:
        self.items: deque[tuple[int, str]] = deque(maxlen=2)


def total(d: deque[float]) -> float:
    return sum(d, 0.0)


def maybe(flag: bool) -> deque[int] | None:
    return deque([1]) if flag else None


def main() -> None:
    one: deque[int] = deque([5])
    try:
        for x in one:
            one.rotate(1)
        print("rotate on one item: no error")
    except RuntimeError as err:
        print("RuntimeError:", err)
    words = deque(["a", "b", "a", "c"])
    try:
        words.remove("zz")
    except ValueError as err:
        print("ValueError:", err)
    print(words.index("a"), words.index("a", 1), words.index("a", -2, 10))
    for args in [(0, 1), (3, 4), (-1, -3)]:
        try:
            print(words.index("a", args[0], args[1]))
        except ValueError as err:
            print("ValueError:", err)
    zero: deque[int] = deque(maxlen=0)
    zero.append(1)
    zero.appendleft(2)
    zero.extend([3, 4])
    print(zero, len(zero), zero.maxlen)
    letters = deque("hello")
    print(letters, letters.count("l"))
    pairs = deque([(1, "one"), (2, "two")])
    for n, name in pairs:
        print(n, name)
    for i, p in enumerate(pairs):
        print(i, p)
    print(list(zip(pairs, deque([True, False]))))
    print(any(x > 1 for x in one), all(one), sorted(set(words)), tuple(one))
    print(2.0 in deque([1, 2, 3]), 2 in deque([1.0, 2.0]))
    dd = deque([deque([1, 2]), deque([3])])
    print(dd, dd == deque([deque([1, 2]), deque([3])]), dd[0] == [1, 2])
    tasks = deque([Task("a", 2), Task("b", 1)])
    print(tasks, Task("c", 0) in tasks)
    h = Holder()
    for i in range(4):
        h.items.append((i, str(i)))
    print(h.items, h.items.maxlen)
    print(total(deque([1.5, 2.25])))
    m = maybe(True)
    if m:
        print("present", m)
    if not maybe(False):
        print("absent")
    big: deque[str] = deque()
    for i in range(20000):
        big.append(str(i) * 3)
        if len(big) > 50:
            big.popleft()
        if i % 3 == 0:
            big.appendleft(str(i))
            big.pop()
    print(len(big), big[0], big[-1])
    r = deque(range(7))
    r.rotate(10)
    print(r)
    r.rotate(-10)
    print(r)
    r.appendleft(-1)
    r.rotate(3)
    print(r, r[3])
    for bad in [7, -9]:
        try:
            r[bad] = 0
        except IndexError as err:
            print("IndexError:", err)
        try:
            del r[bad]
        except IndexError as err:
            print("IndexError:", err)
    try:
        deque([1], maxlen=-1)
    except ValueError as err:
        print("ValueError:", err)
    e: deque[int] = deque()
    try:
        e.popleft()
    except IndexError as err:
        print("IndexError:", err)
    g = deque([1, 2, 3])
    try:
        g.extend(x + 10 for x in g)
    except RuntimeError as err:
        print("RuntimeError:", err, g)
    g.extendleft(g)
    print(g)
    print([list(g)[i] == g[i] for i in range(len(g))])
    print(deque([1, 2]) == deque([1, 2], maxlen=5), deque([1]) != deque([1.0]))
    print(type(g).__name__)
    last = deque([3, 1, 2])
    for y in last:
        print(y)
    last.append(4)
    last.pop()
    print(last.pop())


main()
