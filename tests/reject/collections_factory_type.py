from collections import defaultdict

d: defaultdict[str, float] = defaultdict(int)
print(d["a"])


# expect:
# collections_factory_type.py:3:42: error: the factory "int" does not make a "float": CPython would store its int as is, pyuk keeps one type per dict (write a lambda that returns a "float")
