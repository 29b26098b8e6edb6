from collections.abc import Callable


def greet(name: str, punctuation: str = "!") -> str:
    return "hello " + name + punctuation


def count(n: int) -> int:
    return n * 3


def show(value: object) -> None:
    print("value:", value)


def call_with_world(f: Callable[[str], str]) -> str:
    return f("world")


def feed(sink: Callable[[int], None], values: list[int]) -> None:
    for v in values:
        sink(v)


def produce(source: Callable[[int], object]) -> list[object]:
    return [source(i) for i in range(3)]


def maybe(f: Callable[[], int | None]) -> int:
    value = f()
    return -1 if value is None else value


def main() -> None:
    # a function with a default, used where fewer parameters are expected
    print(call_with_world(greet))
    # a function taking object, fed ints
    feed(show, [1, 2])
    # a function returning int, used where object is expected
    print(produce(count))
    print(maybe(lambda: 7))

    def nested(text: str, times: int = 2) -> str:
        return text * times

    print(call_with_world(nested))


main()
