from typing import Optional


def describe(x: Optional[int]) -> str:
    if isinstance(x, int):
        return "int " + str(x)
    return "none"


print(describe(3), describe(None))
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance([1], list))
print(isinstance("s", (int, str)), isinstance({1: 2}, dict), isinstance((1,), tuple))
