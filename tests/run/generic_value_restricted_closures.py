from typing import Callable, TypeVar

N = TypeVar("N", int, float)


def accumulate(xs: list[N], start: N) -> list[N]:
    out: list[N] = []
    total = start

    def add(x: N) -> None:
        nonlocal total
        total += x
        out.append(total)

    for x in xs:
        add(x)
    scale: Callable[[N], N] = lambda v: v * 2
    return [scale(v) for v in out]


def main() -> None:
    print(accumulate([1, 2, 3], 0), accumulate([0.5, 1.5], 1.0))


if __name__ == "__main__":
    main()
