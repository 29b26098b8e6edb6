d = {"x": 1, "y": 2, "z": 3}
for k in d:
    print(k, d[k])
for v in d.values():
    print(v)
for k, v in d.items():
    print(k, "=", v)
for item in d.items():
    print(item)
print(sorted(d), sorted(d.values(), reverse=True))
total = sum(d.values())
print(total, max(d), min(d.values()))
