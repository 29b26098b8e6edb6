from typing import Optional


def find(xs: list[int], target: int) -> Optional[int]:
    for i, x in enumerate(xs):
        if x == target:
            return i
    return None


r = find([4, 5, 6], 5)
print(r)
if r is not None:
    print(r + 1)
print(find([1], 9))
m = find([1], 9)
print(m is None, m == None, r == 1, r != 1)
v: int | None = None
print(v)
v = 5
if v:
    print("truthy", v * 2)
v = 0
if not v:
    print("falsy")
