"""Graph search: breadth-first search over a random sparse graph held in a
dict[int, list[int]] with set[int] visited sets, connected components, and
a shortest path through a maze whose cells are tuple[int, int] keys of
dicts and sets.

Needs: dict[int, list[int]], set[int] (add, in, len, discard), dict and set
with tuple[int, int] keys, list as a queue, tuple unpacking, f-strings.
"""

NODES = 40000
EDGES_PER_NODE = 3
SOURCES = 12
MAZE = 200


def lcg(state: int) -> int:
    return (state * 1103515245 + 12345) & 0x7FFFFFFF


def make_graph(n: int, k: int, seed: int) -> dict[int, list[int]]:
    graph: dict[int, list[int]] = {}
    for v in range(n):
        graph[v] = []
    state = seed
    for v in range(n):
        for _ in range(k):
            state = lcg(state)
            # mostly local edges, some long ones: a graph with a few components
            if state & 3 == 0:
                w = (state >> 4) % n
            else:
                w = (v + 1 + (state >> 4) % 50) % n
            if state % 1000 < 3 or w == v:
                continue
            graph[v].append(w)
            graph[w].append(v)
    return graph


def bfs(graph: dict[int, list[int]], source: int) -> dict[int, int]:
    dist = {source: 0}
    queue = [source]
    head = 0
    while head < len(queue):
        v = queue[head]
        head += 1
        d = dist[v] + 1
        for w in graph[v]:
            if w not in dist:
                dist[w] = d
                queue.append(w)
    return dist


def components(graph: dict[int, list[int]]) -> list[int]:
    unseen: set[int] = set(graph)
    sizes: list[int] = []
    for v in graph:
        if v not in unseen:
            continue
        unseen.discard(v)
        stack = [v]
        size = 0
        while stack:
            u = stack.pop()
            size += 1
            for w in graph[u]:
                if w in unseen:
                    unseen.discard(w)
                    stack.append(w)
        sizes.append(size)
    sizes.sort(reverse=True)
    return sizes


def make_walls(size: int, seed: int) -> set[tuple[int, int]]:
    walls: set[tuple[int, int]] = set()
    state = seed
    for y in range(size):
        for x in range(size):
            state = lcg(state)
            if (state >> 8) % 100 < 25 and (x, y) != (0, 0) and (x, y) != (size - 1, size - 1):
                walls.add((x, y))
    return walls


def maze_path(size: int, walls: set[tuple[int, int]]) -> int:
    start = (0, 0)
    goal = (size - 1, size - 1)
    dist: dict[tuple[int, int], int] = {start: 0}
    queue = [start]
    head = 0
    steps = [(1, 0), (0, 1), (-1, 0), (0, -1)]
    while head < len(queue):
        cell = queue[head]
        head += 1
        if cell == goal:
            return dist[cell]
        x, y = cell
        for dx, dy in steps:
            nx = x + dx
            ny = y + dy
            if 0 <= nx < size and 0 <= ny < size:
                nxt = (nx, ny)
                if nxt not in walls and nxt not in dist:
                    dist[nxt] = dist[cell] + 1
                    queue.append(nxt)
    return -1


def main() -> None:
    graph = make_graph(NODES, EDGES_PER_NODE, 12345)
    edges = 0
    for v in graph:
        edges += len(graph[v])
    print(f"graph: {len(graph)} nodes, {edges // 2} edges")
    total = 0
    reached = 0
    farthest = 0
    for s in range(SOURCES):
        dist = bfs(graph, (s * 7919) % NODES)
        reached += len(dist)
        for d in dist.values():
            total += d
            if d > farthest:
                farthest = d
    print(f"bfs: {reached} reached, distance sum {total}, farthest {farthest}")
    sizes = components(graph)
    print(f"components: {len(sizes)}, largest {sizes[0]}, smallest {sizes[-1]}")
    lengths: list[int] = []
    for seed in range(6):
        walls = make_walls(MAZE, seed + 1)
        lengths.append(maze_path(MAZE, walls))
    print(f"maze paths: {lengths}")


if __name__ == "__main__":
    main()
