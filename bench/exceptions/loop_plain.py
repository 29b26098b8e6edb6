"""Exception cost, baseline: a hot loop of calls to a function that can
raise, with no try/except (twin of loop_try.py)."""

N = 100_000_000


def step(x: int, i: int) -> int:
    if x < 0:
        raise ValueError("negative state")
    return (x * 31 + i) % 1_000_003


def run(n: int) -> int:
    x = 1
    for i in range(n):
        x = step(x, i)
    return x


print(run(N))
