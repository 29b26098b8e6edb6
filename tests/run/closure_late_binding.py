from collections.abc import Callable


def main() -> None:
    fs: list[Callable[[], int]] = []
    for i in range(4):
        fs.append(lambda: i * 10)
    for f in fs:
        print(f())
    # a default value binds early: the classic fix
    gs: list[Callable[[], int]] = []
    for j in range(4):

        def bound(j: int = j) -> int:
            return j * 10

        gs.append(bound)
    for g in gs:
        print(g())


def rebound() -> None:
    x = 1

    def show() -> int:
        return x

    print(show())
    x = 2
    print(show())
    x += 40
    print(show())


main()
rebound()
