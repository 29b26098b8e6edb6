"""Sliding windows with deque(maxlen=...): a moving average over floats, the
last lines of a log (tail), and the sliding maximum with a monotonic deque
of indices."""

from collections import deque


def moving_average(values: list[float], size: int) -> list[float]:
    window: deque[float] = deque(maxlen=size)
    out: list[float] = []
    for v in values:
        window.append(v)
        out.append(round(sum(window) / len(window), 3))
    return out


def tail(lines: list[str], n: int) -> deque[str]:
    return deque(lines, n)


def sliding_max(xs: list[int], k: int) -> list[int]:
    best: deque[int] = deque()
    out: list[int] = []
    for i, x in enumerate(xs):
        while best and xs[best[-1]] <= x:
            best.pop()
        best.append(i)
        if best[0] <= i - k:
            best.popleft()
        if i >= k - 1:
            out.append(xs[best[0]])
    return out


def main() -> None:
    print(moving_average([1.0, 2.0, 6.0, 3.5, 0.25, 8.0], 3))
    log = [f"line {i}" for i in range(12)]
    last = tail(log, 4)
    print(last, last.maxlen, len(last))
    last.append("line 12")
    print(last[0], last[-1], "line 8" in last, "line 12" in last)
    print(sliding_max([1, 3, -1, -3, 5, 3, 6, 7, 2, 2, 9], 3))
    recent: deque[int] = deque(maxlen=3)
    for i in range(6):
        recent.appendleft(i)
        print(recent)
    recent.extend([10, 20])
    print(recent, list(recent))


main()
