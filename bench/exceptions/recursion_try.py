"""Exception cost: recursion_plain.py with a try/except in every
frame; nothing is ever raised."""


def tree(depth: int, salt: int) -> int:
    if depth == 0:
        if salt < 0:
            raise ValueError("bad salt")
        return salt % 7
    try:
        return tree(depth - 1, salt * 3 + 1) + tree(depth - 1, salt + depth)
    except ValueError:
        return -1


def run() -> int:
    total = 0
    for i in range(300):
        total += tree(18, i)
    return total


print(run())
