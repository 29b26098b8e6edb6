"""Exception cost, baseline: a hot loop that calls a function that can
raise and then counts the call (twin of finally_try.py)."""

N = 100_000_000


def step(x: int, i: int) -> int:
    if x < 0:
        raise ValueError("negative state")
    return (x * 31 + i) % 1_000_003


def run(n: int) -> int:
    x = 1
    calls = 0
    for i in range(n):
        x = step(x, i)
        calls += 1
    return x + calls


print(run(N))
