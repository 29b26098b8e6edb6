"""collections.deque: construction, every compiled method, indexing, ==, repr,
len/truth/in, iteration (for, comprehensions, list/sorted/sum/reversed) and
the errors CPython raises (empty pops, bad indices, mutation while looping)."""

from collections import deque


def main() -> None:
    d: deque[int] = deque()
    print(d, len(d), bool(d))
    for i in range(10):
        d.append(i)
    d.appendleft(-1)
    print(d, len(d), d[0], d[-1])
    print(d.pop(), d.popleft(), d)
    d.rotate(3)
    print(d)
    d.rotate(-5)
    print(d)
    print(3 in d, 42 in d, d.count(3))
    d[2] = 100
    d[-1] += 5
    print(d, d.index(100))
    del d[1]
    print(d)
    d.remove(100)
    print(d)
    e = d.copy()
    e.reverse()
    print(e, e == d, e != d, d == d.copy())
    w = deque([1.5, 2.5], maxlen=3)
    w.append(3.5)
    w.append(4.5)
    print(w, w.maxlen, d.maxlen)
    s = deque(["a", "b"], 2)
    s.appendleft("z")
    print(s, list(s), sorted(s), [x * 2 for x in s])
    print(sum(d), min(d), max(d), list(reversed(d)))
    d.extend([7, 8])
    d.extendleft(range(3))
    print(d)
    d += [9]
    print(d)
    d.clear()
    print(d, not d)
    try:
        d.pop()
    except IndexError as err:
        print("IndexError:", err)
    try:
        print(d[0])
    except IndexError as err:
        print("IndexError:", err)
    q = deque([1, 2, 3])
    try:
        for x in q:
            if x == 2:
                q.append(4)
    except RuntimeError as err:
        print("RuntimeError:", err)
    q.extend(q)
    print(q, repr(q), str(q), f"{q}")
    nested: list[deque[str]] = [deque(["x"]), deque()]
    print(nested)


main()
