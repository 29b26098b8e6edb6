"""The heapq module on lists of ints, floats, tuples, order=True dataclasses and
classes with __lt__: CPython's item order after every operation, its errors."""

import heapq
from dataclasses import dataclass, field
from heapq import heappop, heappush


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)


class Task:
    def __init__(self, cost: float, label: str) -> None:
        self.cost = cost
        self.label = label

    def __lt__(self, other: "Task") -> bool:
        return self.cost < other.cost


def random_operations() -> None:
    """Thousands of pushes, pops and replaces: the heap stays in CPython's order."""
    state = 7
    heap: list[int] = []
    popped = 0
    for step in range(3000):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        op = state % 5
        value = (state >> 8) % 1000
        if op < 2 or not heap:
            heapq.heappush(heap, value)
        elif op == 2:
            popped = popped * 31 + heapq.heappop(heap) & 0xFFFFFFFF
        elif op == 3:
            popped ^= heapq.heapreplace(heap, value)
        else:
            popped += heapq.heappushpop(heap, value)
        if step % 1000 == 999:
            print(len(heap), popped, heap[:12])
    heapq.heapify(heap)
    print(heap[:20])


def main() -> None:
    random_operations()
    h: list[int] = []
    for x in [5, 3, 8, 1, 9, 2, 7, 3]:
        heappush(h, x)
        print(h)
    out = []
    while h:
        out.append(heappop(h))
    print(out)
    data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
    heapq.heapify(data)
    print(data, heapq.heapreplace(data, 10), data, heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
    pq: list[tuple[float, str]] = []
    for word in ["delta", "alpha", "charlie", "bravo"]:
        heapq.heappush(pq, (len(word) * 1.5, word))
    print(pq, [heapq.heappop(pq)[1] for _ in range(len(pq))])
    jobs: list[Job] = []
    for i, p in enumerate([3, 1, 2, 1]):
        heapq.heappush(jobs, Job(p, f"job{i}"))
    print([heapq.heappop(jobs).priority for _ in range(4)])
    tasks: list[Task] = []
    for c, lbl in [(2.5, "b"), (0.5, "a"), (9.0, "z")]:
        heapq.heappush(tasks, Task(c, lbl))
    print([heapq.heappop(tasks).label for _ in range(3)])
    fl: list[float] = []
    heapq.heappush(fl, 3.0)
    heapq.heappush(fl, 1.5)
    print(fl)
    try:
        heappop(h)
    except IndexError as e:
        print("IndexError", e)
    try:
        heapq.heapreplace(h, 1)
    except IndexError as e:
        print("IndexError", e)


if __name__ == "__main__":
    main()
