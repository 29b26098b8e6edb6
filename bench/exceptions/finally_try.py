"""Exception cost: finally_plain.py with the count in a finally block
around each call; nothing is ever raised."""

N = 100_000_000


def step(x: int, i: int) -> int:
    if x < 0:
        raise ValueError("negative state")
    return (x * 31 + i) % 1_000_003


def run(n: int) -> int:
    x = 1
    calls = 0
    for i in range(n):
        try:
            x = step(x, i)
        finally:
            calls += 1
    return x + calls


print(run(N))
