from collections.abc import Callable


def make_multipliers() -> list[Callable[[int], int]]:
    # every lambda sees the loop variable's last value: CPython's late binding
    return [lambda x: x * i for i in range(1, 4)]


def make_bound_multipliers() -> list[Callable[[int], int]]:
    out: list[Callable[[int], int]] = []
    for i in range(1, 4):
        def times(x: int, factor: int = i) -> int:
            return x * factor
        out.append(times)
    return out


def accumulators() -> tuple[Callable[[int], int], Callable[[], int]]:
    total = 0
    history: list[int] = []

    def add(n: int) -> int:
        nonlocal total
        total += n
        history.append(total)
        return total

    def undo() -> int:
        nonlocal total
        if history:
            history.pop()
        total = history[-1] if history else 0
        return total

    return add, undo


def main() -> None:
    print([f(10) for f in make_multipliers()])
    print([f(10) for f in make_bound_multipliers()])
    add, undo = accumulators()
    print(add(5), add(10), add(-3), undo(), undo(), add(1), undo(), undo(), undo())
    counters: dict[str, Callable[[], int]] = {}
    for name in ["a", "b"]:
        count = 0

        def bump() -> int:
            nonlocal count
            count += 1
            return count

        counters[name] = bump
    # both closures share the one cell of "count"
    print(counters["a"](), counters["b"](), counters["a"]())


main()
# at module level too: the comprehension's variable is shared by the lambdas
scales: list[Callable[[], int]] = [lambda: s * 100 for s in range(3)]
print([f() for f in scales])
