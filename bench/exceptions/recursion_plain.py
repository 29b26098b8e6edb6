"""Exception cost, baseline: a recursive function (not inlinable) called
millions of times, no try (twin of recursion_try.py)."""


def tree(depth: int, salt: int) -> int:
    if depth == 0:
        if salt < 0:
            raise ValueError("bad salt")
        return salt % 7
    return tree(depth - 1, salt * 3 + 1) + tree(depth - 1, salt + depth)


def run() -> int:
    total = 0
    for i in range(300):
        total += tree(18, i)
    return total


print(run())
