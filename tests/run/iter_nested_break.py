found = None
for i in range(10):
    for j in range(10):
        if i * j == 42:
            found = (i, j)
            break
    else:
        continue
    break
print(found)
d = {"a": [1, 2], "b": [3], "c": []}
for k, vs in d.items():
    for v in vs:
        if v == 3:
            print("found in", k)
    else:
        print("done", k)
