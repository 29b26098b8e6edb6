"""Exception cost: the loop of outlined_plain.py with each call inside
try/except; nothing is ever raised."""

N = 100_000_000


def step(x: int, i: int) -> int:
    if x < 0:
        raise ValueError("negative state")
    return (x * 31 + i) % 1_000_003


def run(n: int) -> int:
    x = 1
    for i in range(n):
        try:
            x = step(x, i)
        except ValueError:
            x = 0
    digits = 0
    rest = x
    while rest > 0:
        digits += 1
        rest //= 10
    return x * 100 + digits


print(run(N))
