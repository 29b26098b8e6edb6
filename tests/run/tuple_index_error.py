t: tuple[int, ...] = (1, 2)
i = 5
print(t[i])
