d: dict[tuple[int, str], float] = {(1, "a"): 0.5}
print(d[(1, "a")])
print(d.pop((2, "b")))
