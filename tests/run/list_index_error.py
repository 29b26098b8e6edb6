a = [1, 2, 3]
print(a[2])


def get(i: int) -> int:
    return a[i]


print(get(-3))
print(get(3))
