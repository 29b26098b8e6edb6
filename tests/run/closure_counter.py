from collections.abc import Callable


def make_counter(start: int, step: int) -> Callable[[], int]:
    count = start

    def tick() -> int:
        nonlocal count
        count += step
        return count

    return tick


def main() -> None:
    a = make_counter(0, 1)
    b = make_counter(100, -10)
    for _ in range(3):
        print(a(), b())
    print(a() + b())


main()
