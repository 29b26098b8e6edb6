"""A user __eq__ that appends to the deque being searched: count, remove,
index and `in` raise CPython's errors, or take the match first as CPython does."""

from collections import deque


class Meddler:
    def __init__(self, name: str, answer: bool) -> None:
        self.name = name
        self.answer = answer

    def __eq__(self, other: object) -> bool:
        queue.append(Meddler("late", False))
        return self.answer

    def __repr__(self) -> str:
        return self.name


queue: deque[Meddler] = deque()


def probe(answer: bool) -> None:
    queue.clear()
    queue.extend([Meddler("a", answer), Meddler("b", answer)])
    try:
        print(queue.count(Meddler("x", answer)))
    except RuntimeError as err:
        print("count RuntimeError:", err)
    try:
        queue.remove(Meddler("x", answer))
    except IndexError as err:
        print("remove IndexError:", err)
    try:
        print(queue.index(Meddler("x", answer)))
    except RuntimeError as err:
        print("index RuntimeError:", err)
    try:
        print(Meddler("x", answer) in queue)
    except RuntimeError as err:
        print("in RuntimeError:", err)
    print(len(queue))


probe(False)
probe(True)
