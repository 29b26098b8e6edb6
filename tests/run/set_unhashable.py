s: set[tuple[int, int]] = {(1, 2)}
print((1, 2) in s)
d: dict[tuple[int, int], int] = {(i, i): i for i in range(5)}
print(d)
print(hash((1, 2)) == hash((1, 2)), hash(1) == hash(1.0), hash(-1), hash(2**61), hash(-2**62))
print(hash((1, 2)), hash(()), hash((1,)), hash((-1, -2, 3)), hash(0.5), hash(1e300), hash(-2.5e-10))
