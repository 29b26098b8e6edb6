from collections import defaultdict

d: defaultdict[str, int] = defaultdict(int)
print(d.default_factory)


# expect:
# collections_default_factory.py:4:7: error: defaultdict.default_factory is not supported by pyuk
