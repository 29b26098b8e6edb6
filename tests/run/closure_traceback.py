from collections.abc import Callable


def checked(limit: int) -> Callable[[int], int]:
    def check(value: int) -> int:
        if value > limit:
            raise ValueError(f"{value} is over {limit}")
        return value

    return check


def run(steps: list[Callable[[int], int]], start: int) -> int:
    value = start
    for step in steps:
        value = step(value)
    return value


def main() -> None:
    steps: list[Callable[[int], int]] = [lambda v: v * 2, checked(100), lambda v: v + 1]
    print(run(steps, 10))
    try:
        run(steps, 60)
    except ValueError as e:
        print("caught:", e)
    divide: Callable[[int], int] = lambda v: 100 // v
    print(run([divide], 7))
    run([lambda v: v - 3, divide], 3)


main()
