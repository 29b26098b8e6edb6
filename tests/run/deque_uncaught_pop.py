"""An uncaught IndexError from popping an empty deque: CPython's traceback."""

from collections import deque


def drain(d: deque[int]) -> int:
    total = 0
    while True:
        total += d.popleft()


print(drain(deque([1, 2, 3])))
