d = {1: 1, 2: 2, 3: 3}
for k in d:
    d[k] = k * 10
print(d)
for k in d:
    if k == 2:
        d[4] = 4
print("unreachable")
