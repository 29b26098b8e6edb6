from typing import Callable, Generic, Optional, Protocol, TypeVar

T = TypeVar("T")
E = TypeVar("E")


class Observer(Protocol):
    def notify(self, topic: str, value: int) -> None: ...


class Subject:
    def __init__(self) -> None:
        self.handlers: dict[str, list[Callable[[str, int], None]]] = {}

    def subscribe(self, topic: str, h: Callable[[str, int], None]) -> None:
        self.handlers.setdefault(topic, []).append(h)

    def attach(self, topic: str, o: Observer) -> None:
        self.subscribe(topic, o.notify)

    def publish(self, topic: str, value: int) -> int:
        n = 0
        for h in self.handlers.get(topic, []):
            try:
                h(topic, value)
                n += 1
            except ValueError as e:
                print("handler failed:", e)
        return n


class Logger:
    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.seen: list[int] = []

    def notify(self, topic: str, value: int) -> None:
        if value < 0:
            raise ValueError(f"{self.prefix}: negative {value}")
        self.seen.append(value)
        print(f"{self.prefix}[{topic}] {value}")


class Summer(Logger):
    total = 0

    def notify(self, topic: str, value: int) -> None:
        super().notify(topic, value)
        Summer.total += value
        self.total2 = Summer.total


class Result(Generic[T, E]):
    def __init__(self, value: Optional[T], error: Optional[E]) -> None:
        self._value = value
        self._error = error

    @staticmethod
    def ok(v: T) -> "Result[T, E]":
        return Result(v, None)

    def is_ok(self) -> bool:
        return self._error is None

    def unwrap(self) -> T:
        if self._value is None:
            raise RuntimeError(f"unwrap on error: {self._error}")
        return self._value

    def map(self, f: Callable[[T], T]) -> "Result[T, E]":
        if self._value is None:
            return self
        return Result(f(self._value), None)

    def __repr__(self) -> str:
        if self.is_ok():
            return f"Ok({self._value!r})"
        return f"Err({self._error!r})"


def parse_int(s: str) -> Result[int, str]:
    try:
        return Result(int(s), None)
    except ValueError as e:
        return Result(None, str(e))


def main() -> None:
    s = Subject()
    a = Logger("A")
    b = Summer("B")
    s.attach("x", a)
    s.attach("x", b)
    s.subscribe("y", b.notify)
    s.subscribe("y", lambda t, v: print("lambda", t, v * 2))
    count = 0

    def counting(t: str, v: int) -> None:
        nonlocal count
        count += v

    s.subscribe("x", counting)
    print(s.publish("x", 3), s.publish("y", 4), s.publish("x", -1), s.publish("z", 0))
    print(a.seen, b.seen, Summer.total, b.total2, count)
    m = a.notify
    m("direct", 9)
    print(a.seen)
    rs = [parse_int(x) for x in ["12", "x", "7"]]
    print(rs)
    print([r.map(lambda v: v * 10) for r in rs])
    print([r.unwrap() for r in rs if r.is_ok()])
    try:
        rs[1].unwrap()
    except RuntimeError as e:
        print(e)
    rs[1].map(lambda v: v + 1).unwrap()


if __name__ == "__main__":
    main()
