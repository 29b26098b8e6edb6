"""enum.Enum with auto() and int members: str/format give Class.NAME, members
are always true (DONE = 0 too), lookups by value, iteration, dict keys."""

from enum import Enum, IntEnum, auto


class Color(IntEnum):
    RED = 1
    GREEN = 2


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = 0


TRANSITIONS: dict[State, State] = {State.IDLE: State.RUNNING, State.RUNNING: State.DONE}


def step(s: State) -> State:
    return TRANSITIONS.get(s, s)


def main() -> None:
    print([Color.RED, Color.GREEN], {Color.RED: "r"}, str(Color.RED), f"{Color.GREEN}")
    s = State.IDLE
    print(s, s.name, s.value, repr(s), s == State.IDLE, s != State.DONE, [State.RUNNING])
    print(f"{s}|{s:>14}|{s!r}", str(s), bool(State.DONE), "yes" if State.DONE else "no")
    while s != State.DONE:
        print("state", s)
        s = step(s)
    print(list(State), State(2), State(0) is State.DONE, len(list(State)))
    print({st.name: st.value for st in State})
    try:
        State(7)
    except ValueError as e:
        print("ValueError", e)


if __name__ == "__main__":
    main()
