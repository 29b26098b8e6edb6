from collections.abc import Callable


def capture_all(i: int, f: float, b: bool, s: str) -> Callable[[], None]:
    def show() -> None:
        print(s, i, f, b)

    return show


def flipper() -> Callable[[], bool]:
    state = False

    def flip() -> bool:
        nonlocal state
        state = not state
        return state

    return flip


def scaler(factor: float) -> Callable[[float], float]:
    return lambda x: x * factor


def main() -> None:
    print(capture_all(3, 2.5, True, "vals")())
    fl = flipper()
    print(fl(), fl(), fl())
    half = scaler(0.5)
    print(half(3.0), half(-1.0), scaler(1e300)(1e10))
    words: list[str] = []

    def add(w: str) -> None:
        words.append(w * 2)

    add("a")
    add("bc")
    print(words)


main()
