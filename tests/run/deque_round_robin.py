"""A round-robin scheduler with rotate(): tasks run in turn for a time
slice, finished ones leave the queue; then the same with popleft/append."""

from collections import deque
from dataclasses import dataclass


@dataclass
class Job:
    name: str
    remaining: int


def schedule(jobs: list[Job], quantum: int) -> list[str]:
    ready = deque(jobs)
    log: list[str] = []
    clock = 0
    while ready:
        job = ready[0]
        run = min(quantum, job.remaining)
        job.remaining -= run
        clock += run
        if job.remaining == 0:
            log.append(f"{clock}:{job.name} done")
            ready.popleft()
        else:
            ready.rotate(-1)
    return log


def main() -> None:
    print(schedule([Job("a", 5), Job("b", 2), Job("c", 7), Job("d", 1)], 2))
    names = deque(["ann", "bob", "cy"])
    for turn in range(7):
        print(turn, names[0])
        names.rotate(-1)
    names.rotate(1)
    print(names, names.index("bob"))
    players = deque(range(1, 8))
    order: list[int] = []
    while len(players) > 1:  # the Josephus problem, every third out
        players.rotate(-2)
        order.append(players.popleft())
    print(order, players[0])
    q = deque([Job("x", 1), Job("y", 2)])
    q.append(q.popleft())
    print(q)


main()
