"""A state machine whose transitions are closures."""
from collections.abc import Callable

Transition = Callable[[str], str]


def make_machine() -> tuple[dict[str, Transition], list[str]]:
    log: list[str] = []
    retries = 0

    def idle(event: str) -> str:
        if event == "start":
            log.append("starting")
            return "running"
        return "idle"

    def running(event: str) -> str:
        nonlocal retries
        if event == "fail":
            retries += 1
            log.append(f"failure {retries}")
            return "broken" if retries >= 3 else "running"
        if event == "stop":
            return "idle"
        return "running"

    def broken(event: str) -> str:
        nonlocal retries
        if event == "reset":
            retries = 0
            log.append("reset")
            return "idle"
        return "broken"

    return {"idle": idle, "running": running, "broken": broken}, log


def main() -> None:
    states, log = make_machine()
    state = "idle"
    for event in ["tick", "start", "fail", "tick", "fail", "stop", "start", "fail", "reset",
                  "start", "stop"]:
        state = states[state](event)
        print(f"{event:>5} -> {state}")
    print(log)


main()
