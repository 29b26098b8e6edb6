"""An uncaught "deque mutated during iteration" from a for loop."""

from collections import deque

d = deque([1, 2, 3])
for x in d:
    print(x)
    if x == 3:
        d.append(4)
