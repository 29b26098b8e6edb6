print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([]), sum([0.5, 0.25]), sum(range(101)))
print(sum([1.5, 2.0], 0.5), abs(-3), abs(2.5), abs(-0.0))
print(sum(x for x in [1, 2]))
