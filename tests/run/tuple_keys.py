memo: dict[tuple[int, int], int] = {}


def paths(r: int, c: int) -> int:
    if r == 0 or c == 0:
        return 1
    key = (r, c)
    if key in memo:
        return memo[key]
    v = paths(r - 1, c) + paths(r, c - 1)
    memo[key] = v
    return v


print(paths(10, 10), len(memo))
seen = {(0, 0)}
frontier = [(0, 0)]
while frontier:
    x, y = frontier.pop()
    for dx, dy in ((1, 0), (0, 1)):
        n = (x + dx, y + dy)
        if n[0] <= 3 and n[1] <= 3 and n not in seen:
            seen.add(n)
            frontier.append(n)
print(len(seen), sorted(seen)[:5])
