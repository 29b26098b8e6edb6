"""A finite-state machine over IntEnum states and events: a dict transition
table keyed by (state, event), a list matrix indexed by members, listeners,
format() of members with a spec, and an uncaught TransitionError."""

from __future__ import annotations

from enum import IntEnum
from typing import Callable, Final


class State(IntEnum):
    IDLE = 0
    RUNNING = 1
    PAUSED = 2
    STOPPED = 3
    ERROR = 4


class Event(IntEnum):
    START = 10
    PAUSE = 11
    RESUME = 12
    STOP = 13
    FAIL = 14
    RESET = 15


class TransitionError(Exception):
    def __init__(self, state: State, event: Event) -> None:
        super().__init__(f"no transition from {state.name} on {event.name}")
        self.state = state
        self.event = event


TABLE: Final[dict[tuple[State, Event], State]] = {
    (State.IDLE, Event.START): State.RUNNING,
    (State.RUNNING, Event.PAUSE): State.PAUSED,
    (State.PAUSED, Event.RESUME): State.RUNNING,
    (State.RUNNING, Event.STOP): State.STOPPED,
    (State.PAUSED, Event.STOP): State.STOPPED,
    (State.RUNNING, Event.FAIL): State.ERROR,
    (State.ERROR, Event.RESET): State.IDLE,
    (State.STOPPED, Event.RESET): State.IDLE,
}

# A matrix-form table indexed by int values
MATRIX: list[list[int]] = [[-1] * len(Event) for _ in State]
for (s, e), t in TABLE.items():
    MATRIX[s][e - Event.START] = int(t)


class Machine:
    def __init__(self) -> None:
        self.state = State.IDLE
        self.history: list[State] = [self.state]
        self.on_enter: dict[State, list[Callable[[State], None]]] = {}
        self.counts = [0] * len(State)

    def listen(self, state: State, fn: Callable[[State], None]) -> None:
        self.on_enter.setdefault(state, []).append(fn)

    def fire(self, event: Event) -> State:
        key = (self.state, event)
        if key not in TABLE:
            raise TransitionError(self.state, event)
        prev = self.state
        self.state = TABLE[key]
        self.history.append(self.state)
        self.counts[self.state] += 1
        for fn in self.on_enter.get(self.state, []):
            fn(prev)
        return self.state

    def fire_fast(self, event: Event) -> State:
        nxt = MATRIX[self.state][event - Event.START]
        if nxt < 0:
            raise TransitionError(self.state, event)
        self.state = State(nxt)
        return self.state


def parse_events(text: str) -> list[Event]:
    by_name = {e.name.lower(): e for e in Event}
    out: list[Event] = []
    for word in text.split():
        ev = by_name.get(word.lower())
        if ev is None:
            raise ValueError(f"unknown event {word!r}")
        out.append(ev)
    return out


def main() -> None:
    m = Machine()
    log: list[str] = []
    m.listen(State.ERROR, lambda prev: log.append(f"error after {prev.name}"))
    m.listen(State.IDLE, lambda prev: log.append(f"reset from {prev!r}"))
    script = "start pause resume fail reset start stop reset start pause pause"
    try:
        for ev in parse_events(script):
            new = m.fire(ev)
            print(f"{ev.name:<7} -> {new.name:<8} ({int(new)}) {new}")
    except TransitionError as err:
        print("TransitionError:", err, err.state, err.event == Event.PAUSE)
    print(log)
    print([s.name for s in m.history])
    print(dict(zip([s.name for s in State], m.counts)))
    print(State.RUNNING < State.PAUSED, State.ERROR + 1, State(2), int(State.IDLE) == 0)
    print(sorted([State.ERROR, State.IDLE, State.PAUSED], reverse=True))
    print(MATRIX)
    f = Machine()
    for ev in [Event.START, Event.PAUSE, Event.STOP]:
        print(f.fire_fast(ev).name, end=" ")
    print()
    try:
        parse_events("start jump")
    except ValueError as e:
        print(e)
    try:
        State(9)
    except ValueError as e:
        print(e)
    print(hash(State.PAUSED), State.PAUSED.value, [e.value for e in Event][:3])
    print(f"{State.RUNNING}", str(State.STOPPED), repr(Event.FAIL), format(State.PAUSED, "03d"))
    f.fire(Event.START)


if __name__ == "__main__":
    main()
