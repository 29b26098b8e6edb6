"""A deque where the runtime's generic operations meet it: str.join, max with
key=, repr in f-strings, == against other types, as an object value (print,
==, truth), hash (unhashable) and isinstance."""

from collections import deque

d = deque(["bb", "a", "ccc"])
print(",".join(d), max(d, key=len), f"{d!r}", d == 3, set(d) == {"a", "bb", "ccc"})
o: object = d
print(o, o == deque(["bb", "a", "ccc"]), bool(o), bool(deque()))
try:
    print(hash(d))
except TypeError as err:
    print("TypeError:", err)
print(isinstance(o, deque))
