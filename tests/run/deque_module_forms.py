"""collections.deque reached as collections.deque and under another name,
built with keyword arguments, passed and returned."""

import collections
from collections import deque as Deque


def reversed_copy(d: collections.deque[str]) -> Deque[str]:
    out: Deque[str] = Deque()
    for s in reversed(d):
        out.append(s)
    return out


q = collections.deque(iterable=["a", "b", "c"], maxlen=5)
print(q, reversed_copy(q), q.maxlen)
print(Deque(maxlen=None), collections.deque([2, 1], None))
try:
    for s in reversed(q):
        q.popleft()
except RuntimeError as err:
    print("RuntimeError:", err, q)
print([len(collections.deque(range(n), 3)) for n in range(5)])
print(sorted(collections.deque([3.5, -1.0, 2.25]), reverse=True))
