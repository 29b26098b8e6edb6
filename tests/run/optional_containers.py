from typing import Optional


def first(xs: list[str]) -> Optional[str]:
    return xs[0] if xs else None


print(first(["a"]), first([]))
cache: dict[str, Optional[list[int]]] = {"a": [1], "b": None}
for k, v in cache.items():
    if v is not None:
        print(k, len(v))
    else:
        print(k, "none")
vals: list[Optional[int]] = [1, None, 3]
print(vals, [x for x in vals if x is not None])
total = 0
for x in vals:
    if x is not None:
        total += x
print(total)
d: dict[int, float | None] = {1: 2.5, 2: None}
print(d, d.get(3))
