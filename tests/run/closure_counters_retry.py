from typing import Callable, Optional

counter_total = 0


def make_counter(start: int = 0, *, step: int = 1) -> tuple[Callable[[], int], Callable[[], None]]:
    n = start

    def inc() -> int:
        nonlocal n
        global counter_total
        n += step
        counter_total += 1
        return n

    def reset() -> None:
        nonlocal n
        n = start

    return inc, reset


def memoize(f: Callable[[int], int]) -> Callable[[int], int]:
    cache: dict[int, int] = {}
    hits = [0]

    def wrapper(x: int) -> int:
        if x in cache:
            hits[0] += 1
            return cache[x]
        v = f(x)
        cache[x] = v
        return v

    return wrapper




def pipeline(fs: list[Callable[[int], int]]) -> Callable[[int], int]:
    def run(x: int) -> int:
        for f in fs:
            x = f(x)
        return x
    return run


class Button:
    def __init__(self, label: str, on_click: Optional[Callable[[str], str]] = None) -> None:
        self.label = label
        self.on_click = on_click

    def click(self) -> str:
        if self.on_click is None:
            return f"{self.label}: nothing"
        return self.on_click(self.label)


def retry(times: int, f: Callable[[], int]) -> int:
    last: Optional[Exception] = None
    for attempt in range(times):
        try:
            return f()
        except ValueError as e:
            last = e
            print(f"attempt {attempt} failed: {e}")
            continue
        finally:
            print("attempt", attempt, "done")
    raise RuntimeError("all attempts failed") from last


def main() -> None:
    inc, reset = make_counter(10, step=5)
    print(inc(), inc(), counter_total)
    reset()
    print(inc())
    inc2, _ = make_counter()
    print(inc2(), inc2(), counter_total)

    calls = 0

    def slow_fib(n: int) -> int:
        nonlocal calls
        calls += 1
        return n if n < 2 else fast(n - 1) + fast(n - 2)

    fast = memoize(slow_fib)
    print(fast(30), calls)
    p = pipeline([lambda x: x + 1, lambda x: x * 10, abs])
    print(p(-5), p(3))
    late: list[Callable[[], int]] = [lambda: k for k in range(3)]
    print([f() for f in late])
    b = Button("ok", lambda s: s.upper() + "!")
    print(b.click(), Button("x").click())
    b.on_click = lambda s: s.lower()
    print(b.click())
    state = {"n": 0}

    def flaky() -> int:
        state["n"] += 1
        if state["n"] < 3:
            raise ValueError(f"try {state['n']}")
        return state["n"] * 100

    print(retry(5, flaky))
    state["n"] = -10
    try:
        retry(2, flaky)
    except RuntimeError as e:
        print(e, "<-", e.__cause__)
    retry(1, lambda: int("x"))


if __name__ == "__main__":
    main()
