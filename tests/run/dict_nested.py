tree: dict[str, dict[str, int]] = {}
tree["a"] = {}
tree["a"]["x"] = 1
tree.setdefault("b", {})["y"] = 2
tree["a"]["x"] += 5
print(tree)
inv = {v: k for k, v in {"p": 1, "q": 2}.items()}
print(inv)
m = dict(zip(["a", "b", "c"], [1, 2, 3]))
print(m, dict(enumerate("xy")), dict([(1, 2), (3, 4)]))
