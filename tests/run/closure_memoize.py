from collections.abc import Callable


def memoize(f: Callable[[int], int]) -> Callable[[int], int]:
    cache: dict[int, int] = {}
    calls = 0

    def wrapper(n: int) -> int:
        nonlocal calls
        calls += 1
        if n not in cache:
            cache[n] = f(n)
        return cache[n]

    def stats() -> str:
        return f"{calls} calls, {len(cache)} cached"

    stats_registry.append(stats)
    return wrapper


stats_registry: list[Callable[[], str]] = []


def slow_fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


fib = memoize(slow_fib)


def collatz_steps(n: int) -> int:
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def main() -> None:
    print(fib(80), fib(30))
    steps = memoize(collatz_steps)
    print(max(range(1, 200), key=steps), steps(27), steps(27))
    for stats in stats_registry:
        print(stats())


main()
