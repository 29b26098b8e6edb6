pts: list[tuple[int, int]] = [(1, 2), (3, 4)]
pts.append((5, 6))
for x, y in pts:
    print(x + y)
print(pts, pts[1][0])
names = [("bob", 3.5), ("al", 1.0)]
names.sort()
print(names)
