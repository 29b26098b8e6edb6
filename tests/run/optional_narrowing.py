from typing import Optional

best: Optional[int] = None
for x in [5, 3, 8, 1]:
    if best is None or x > best:
        best = x
print(best)


def safe_div(a: float, b: float) -> float | None:
    if b == 0.0:
        return None
    return a / b


res = safe_div(1.0, 4.0)
print(res, safe_div(1.0, 0.0))
if res is not None:
    print(res * 2)
node: Optional[list[int]] = None
print(node is None, node)
node = [1]
if node:
    print("non-empty", node)
