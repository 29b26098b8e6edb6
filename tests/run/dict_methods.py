d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("b", 9))
print(d.setdefault("a", 100), d.setdefault("d", 4), d)
print(d.pop("a"), d.pop("zz", -1), d)
print(d.popitem(), d)
d.update({"x": 10, "b": 20})
print(d)
c = d.copy()
d.clear()
print(d, c, len(c))
print(c.keys(), c.values(), c.items())
groups: dict[str, list[int]] = {}
for i in range(10):
    groups.setdefault("even" if i % 2 == 0 else "odd", []).append(i)
print(groups)
