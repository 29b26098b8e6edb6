d = {1: "x", 2: "y"}
del d[1]
print(d)
del d[1]
