print({x % 5 for x in range(20)})
print({x: x * x for x in range(6)})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print({(a, b) for a in range(3) for b in range(3) if a < b})
d = {"a": 1, "b": 2}
print({v: k for k, v in d.items()})
print({w: len(w) for w in ["x", "yy", "zzz"]})
