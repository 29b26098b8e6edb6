"""A generic binary-heap priority queue, used for tasks and for Dijkstra."""
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class PriorityQueue(Generic[T]):
    def __init__(self, priority: Callable[[T], int]) -> None:
        self.heap: list[T] = []
        self.priority = priority

    def push(self, item: T) -> None:
        heap = self.heap
        heap.append(item)
        i = len(heap) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.priority(heap[i]) >= self.priority(heap[parent]):
                break
            heap[i], heap[parent] = heap[parent], heap[i]
            i = parent

    def pop(self) -> T:
        heap = self.heap
        top = heap[0]
        last = heap.pop()
        if heap:
            heap[0] = last
            i = 0
            n = len(heap)
            while True:
                left, right = 2 * i + 1, 2 * i + 2
                smallest = i
                if left < n and self.priority(heap[left]) < self.priority(heap[smallest]):
                    smallest = left
                if right < n and self.priority(heap[right]) < self.priority(heap[smallest]):
                    smallest = right
                if smallest == i:
                    break
                heap[i], heap[smallest] = heap[smallest], heap[i]
                i = smallest
        return top

    def __len__(self) -> int:
        return len(self.heap)


def dijkstra(graph: dict[str, list[tuple[str, int]]], start: str) -> dict[str, int]:
    dist: dict[str, int] = {start: 0}
    queue: PriorityQueue[tuple[int, str]] = PriorityQueue(lambda e: e[0])
    queue.push((0, start))
    while len(queue) > 0:
        d, node = queue.pop()
        if d > dist.get(node, d):
            continue
        for nxt, weight in graph.get(node, []):
            nd = d + weight
            if nd < dist.get(nxt, nd + 1):
                dist[nxt] = nd
                queue.push((nd, nxt))
    return dist


def main() -> None:
    tasks: PriorityQueue[str] = PriorityQueue(len)
    for name in ["compile", "ls", "deploy", "ci", "format"]:
        tasks.push(name)
    print([tasks.pop() for _ in range(len(tasks))])
    numbers: PriorityQueue[int] = PriorityQueue(lambda n: -n)
    for n in [5, 1, 9, 3, 7]:
        numbers.push(n)
    print([numbers.pop() for _ in range(3)], len(numbers))
    graph = {
        "a": [("b", 4), ("c", 1)],
        "c": [("b", 2), ("d", 7)],
        "b": [("d", 1)],
    }
    print(sorted(dijkstra(graph, "a").items()))


main()
