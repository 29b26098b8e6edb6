import sys
from dataclasses import dataclass
from enum import IntEnum
from typing import Callable, NamedTuple


class State(IntEnum):
    IDLE = 0
    RUNNING = 1
    DONE = 2


class TransitionError(Exception):
    def __init__(self, src: State, dst: State) -> None:
        super().__init__(f"{src.name} -> {dst.name}")
        self.src = src
        self.dst = dst


ALLOWED: dict[State, list[State]] = {
    State.IDLE: [State.RUNNING],
    State.RUNNING: [State.DONE, State.IDLE],
    State.DONE: [],
}


class Machine:
    def __init__(self) -> None:
        self.state = State.IDLE
        self.history: list[State] = [self.state]

    def go(self, dst: State) -> None:
        if dst not in ALLOWED[self.state]:
            raise TransitionError(self.state, dst)
        self.state = dst
        self.history.append(dst)


class Rec(NamedTuple):
    name: str
    score: int
    tag: str = "-"


class Bad:
    def __init__(self, k: int) -> None:
        self.k = k

    def __hash__(self) -> int:
        if self.k < 0:
            raise ValueError(f"negative key {self.k}")
        return self.k

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Bad):
            return NotImplemented
        return self.k == other.k


def key_of(r: Rec) -> int:
    if r.score < 0:
        raise ArithmeticError("bad score for " + r.name)
    return r.score


def level3(n: int) -> int:
    return [10 // (n - i) for i in range(3)][0]


def level2(n: int) -> int:
    try:
        return level3(n)
    finally:
        print("level2 finally", n)


def level1(n: int) -> int:
    try:
        return level2(n)
    except ZeroDivisionError as e:
        raise RuntimeError(f"level1 failed for {n}") from e


def main() -> None:
    m = Machine()
    m.go(State.RUNNING)
    m.go(State.DONE)
    try:
        m.go(State.IDLE)
    except TransitionError as e:
        print("error:", e, e.src, repr(e.dst), e.src == 2, e.src + 1)
    print(m.history, [int(s) for s in m.history], State(1), State.DONE.value)
    recs = [Rec("b", 3), Rec("a", 3, "x"), Rec("c", 1)]
    print(sorted(recs), sorted(recs, key=lambda r: (-r.score, r.name)))
    print(max(recs, key=key_of), min(recs, key=lambda r: r.tag))
    try:
        sorted(recs + [Rec("z", -1)], key=key_of)
    except ArithmeticError as e:
        print("sort failed:", e)
    s = {Bad(1), Bad(2), Bad(1)}
    print(len(s))
    try:
        s.add(Bad(-5))
    except ValueError as e:
        print("hash failed:", e)
    d: dict[Bad, int] = {}
    try:
        d[Bad(-1)] = 3
    except ValueError as e:
        print("dict hash failed:", e, len(d))
    try:
        print([r.name for r in recs if key_of(r) > 1 or 1 // 0 > 0])
    except ZeroDivisionError as e:
        print("comp:", e)
    f: Callable[[int], int] = lambda x: 100 // x
    try:
        print([f(v) for v in [1, 2, 0]])
    except ZeroDivisionError as e:
        print("lambda:", e)
    print(level1(5))
    try:
        level1(1)
    except RuntimeError as e:
        print(e, "|", e.__cause__, "|", type(e.__cause__).__name__)
    if len(m.history) > 2:
        level1(2)
    sys.exit(3)


if __name__ == "__main__":
    main()
