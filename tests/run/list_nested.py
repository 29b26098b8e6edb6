grid: list[list[int]] = [[0] * 3 for _ in range(3)]
grid[1][2] = 5
grid[0][0] += 1
print(grid)
rows = [[1, 2], [3, 4]]
rows[0].append(9)
print(rows, len(rows[0]))
a: list[list[int]] = []
a.append(a[0] if a else [7])
print(a)
s: list[list[str]] = [["a"], ["b", "c"]]
for row in s:
    for x in row:
        print(x, end=" ")
print()
