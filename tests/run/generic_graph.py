from collections.abc import Callable
from typing import Generic, TypeVar

N = TypeVar("N")


class Graph(Generic[N]):
    def __init__(self) -> None:
        self.edges: dict[N, list[N]] = {}

    def add_edge(self, a: N, b: N) -> None:
        self.edges.setdefault(a, []).append(b)
        self.edges.setdefault(b, [])

    def bfs(self, start: N) -> list[N]:
        seen: set[N] = {start}
        order: list[N] = []
        queue: list[N] = [start]
        while queue:
            node = queue.pop(0)
            order.append(node)
            for nxt in self.edges.get(node, []):
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
        return order

    def reachable(self, start: N, pred: Callable[[N], bool]) -> list[N]:
        return [n for n in self.bfs(start) if pred(n)]

    def degree(self, node: N) -> int:
        return len(self.edges.get(node, []))


def main() -> None:
    cities: Graph[str] = Graph()
    for a, b in [("paris", "lyon"), ("paris", "lille"), ("lyon", "nice"), ("lille", "gent")]:
        cities.add_edge(a, b)
    print(cities.bfs("paris"), cities.degree("paris"))
    print(cities.reachable("paris", lambda c: "l" in c))
    numbers: Graph[int] = Graph()
    for i in range(1, 10):
        numbers.add_edge(i, (i * 3) % 10)
    print(numbers.bfs(1), numbers.reachable(1, lambda n: n % 2 == 0))
    points: Graph[tuple[int, int]] = Graph()
    points.add_edge((0, 0), (0, 1))
    points.add_edge((0, 1), (1, 1))
    print(points.bfs((0, 0)))


main()
