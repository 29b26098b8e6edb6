d: dict[str, int] = {"one": 1, "two": 2}
d["three"] = 3
d["one"] = 11
print(d, len(d), d["two"])
print("one" in d, "four" in d, "four" not in d)
del d["two"]
print(d)
d["two"] = 22
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
e: dict[int, str] = {}
print(e, bool(e), bool(d))
print({1: [1, 2], 2: []}, {(1, 2): "t"}, {1.5: None})
