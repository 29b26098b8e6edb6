"""Exception cost, baseline: the loop of loop_plain.py in a function too
large to be inlined into its caller, so that it is optimised on its own,
with n unknown (twin of outlined_try.py)."""

N = 100_000_000


def step(x: int, i: int) -> int:
    if x < 0:
        raise ValueError("negative state")
    return (x * 31 + i) % 1_000_003


def run(n: int) -> int:
    x = 1
    for i in range(n):
        x = step(x, i)
    digits = 0
    rest = x
    while rest > 0:
        digits += 1
        rest //= 10
    return x * 100 + digits


print(run(N))
