pts = {(1, 2), (3, 4), (0, 0), (-1, 5), (10, -10)}
print(pts)
grid: set[tuple[int, int]] = set()
for x in range(4):
    for y in range(3):
        grid.add((x, y))
print(grid)
grid.discard((1, 1))
print((1, 1) in grid, (2, 2) in grid, len(grid))
print({(1, "a"), (2, "b")} == {(2, "b"), (1, "a")})
print({(i, i * i) for i in range(6)})
