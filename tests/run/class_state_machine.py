# A small protocol state machine: states as classes with a shared base,
# transitions returning the next state, and an IntEnum of events.
from enum import IntEnum


class Event(IntEnum):
    CONNECT = 1
    DATA = 2
    ACK = 3
    CLOSE = 4
    TIMEOUT = 5


class State:
    name = "state"

    def on(self, event: Event, machine: "Machine") -> "State":
        machine.log.append("ignored " + event.name + " in " + self.name)
        return self


class Closed(State):
    name = "closed"

    def on(self, event: Event, machine: "Machine") -> State:
        if event == Event.CONNECT:
            machine.connects += 1
            return Open()
        return super().on(event, machine)


class Open(State):
    name = "open"

    def on(self, event: Event, machine: "Machine") -> State:
        if event == Event.DATA:
            machine.pending += 1
            return Waiting(1)
        if event == Event.CLOSE:
            return Closed()
        return super().on(event, machine)


class Waiting(State):
    name = "waiting"

    def __init__(self, tries: int) -> None:
        self.tries = tries

    def on(self, event: Event, machine: "Machine") -> State:
        if event == Event.ACK:
            machine.pending -= 1
            return Open()
        if event == Event.TIMEOUT:
            if self.tries >= 3:
                machine.log.append("giving up")
                return Closed()
            return Waiting(self.tries + 1)
        return super().on(event, machine)


class Machine:
    def __init__(self) -> None:
        self.state: State = Closed()
        self.log: list[str] = []
        self.connects = 0
        self.pending = 0

    def feed(self, events: list[Event]) -> None:
        for e in events:
            before = self.state.name
            self.state = self.state.on(e, self)
            self.log.append(before + " -" + str(int(e)) + "-> " + self.state.name)


m = Machine()
m.feed([Event.DATA, Event.CONNECT, Event.DATA, Event.ACK, Event.DATA,
        Event.TIMEOUT, Event.TIMEOUT, Event.TIMEOUT, Event.CONNECT, Event.DATA,
        Event.ACK, Event.CLOSE])
for line in m.log:
    print(line)
print(m.state.name, m.connects, m.pending, isinstance(m.state, Closed))
