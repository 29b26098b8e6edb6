from collections.abc import Callable


class Task:
    def __init__(self, name: str, on_done: Callable[[str], None] | None = None) -> None:
        self.name = name
        self.on_done = on_done

    def finish(self) -> None:
        callback = self.on_done
        if callback is not None:
            callback(self.name)
        else:
            print(self.name, "finished silently")


def pick(flag: bool) -> Callable[[int], int] | None:
    if flag:
        return lambda x: x + 1
    return None


def main() -> None:
    Task("a", lambda n: print("done:", n)).finish()
    Task("b").finish()
    t = Task("c")
    t.on_done = lambda n: print("late handler", n)
    t.finish()
    for flag in (True, False):
        f = pick(flag)
        print(f(41) if f is not None else "no function")


main()
