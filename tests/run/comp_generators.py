print(sum(x * x for x in range(10)))
print(any(x > 8 for x in range(10)), all(x < 5 for x in range(10)))
print(max(len(w) for w in ["a", "bbb", "cc"]), min(x for x in [3, 1, 2]))
print(sorted(x % 3 for x in range(7)))
print(list(x for x in "ab"), set(x * 2 for x in [1, 1, 2]))
print(sum(1.5 for _ in range(4)), sum([0.1] * 10))
none: list[int] = []
z = [0, 0, 1]
print(any(none), all(none), any(z), all(z))
