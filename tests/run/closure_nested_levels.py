from collections.abc import Callable


def outer(a: int) -> Callable[[int], Callable[[int], int]]:
    def middle(b: int) -> Callable[[int], int]:
        def inner(c: int) -> int:
            return a * 100 + b * 10 + c

        return inner

    return middle


def accumulate() -> None:
    total = 0

    def add(n: int) -> None:
        nonlocal total

        def bump() -> None:
            nonlocal total
            total += n

        bump()
        bump()

    for k in range(1, 5):
        add(k)
    print("total", total)


print(outer(1)(2)(3))
m = outer(7)
print(m(8)(9), m(0)(1))
accumulate()
