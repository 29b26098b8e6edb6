"""Breadth-first search over a grid with a deque of (row, col) tuples: the
shortest path lengths and one path, as a maze solver writes it."""

from collections import deque

GRID = [
    "S..#......",
    ".#.#.####.",
    ".#...#....",
    ".####.#.#.",
    "......#.#E",
]


def neighbours(r: int, c: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(GRID) and 0 <= nc < len(GRID[0]) and GRID[nr][nc] != "#":
            out.append((nr, nc))
    return out


def bfs(start: tuple[int, int]) -> dict[tuple[int, int], tuple[int, int]]:
    came_from: dict[tuple[int, int], tuple[int, int]] = {start: start}
    frontier: deque[tuple[int, int]] = deque([start])
    visits = 0
    while frontier:
        cell = frontier.popleft()
        visits += 1
        for nxt in neighbours(cell[0], cell[1]):
            if nxt not in came_from:
                came_from[nxt] = cell
                frontier.append(nxt)
    print("visited", visits, "cells; frontier now", frontier)
    return came_from


def find(ch: str) -> tuple[int, int]:
    for r, row in enumerate(GRID):
        c = row.find(ch)
        if c >= 0:
            return (r, c)
    raise ValueError(ch)


def main() -> None:
    start, end = find("S"), find("E")
    came_from = bfs(start)
    path: deque[tuple[int, int]] = deque()
    cell = end
    while cell != start:
        path.appendleft(cell)
        cell = came_from[cell]
    path.appendleft(start)
    print("path length", len(path) - 1)
    print("first steps", list(path)[:4], "last", path[-1])
    rows = [list(row) for row in GRID]
    for r, c in path:
        if rows[r][c] == ".":
            rows[r][c] = "*"
    for row in rows:
        print("".join(row))
    levels: dict[int, int] = {}
    dist = {start: 0}
    q = deque([start])
    while q:
        r, c = q.popleft()
        for nxt in neighbours(r, c):
            if nxt not in dist:
                dist[nxt] = dist[(r, c)] + 1
                q.append(nxt)
    for d in dist.values():
        levels[d] = levels.get(d, 0) + 1
    print(sorted(levels.items())[:6], max(dist.values()))


main()
