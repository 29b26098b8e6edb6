d = {1: "a", 2: "b"}
for k in d:
    print(k)
    del d[k]
