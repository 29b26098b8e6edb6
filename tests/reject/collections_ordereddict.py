from collections import Counter, OrderedDict

print(Counter("ab"), OrderedDict())


# expect:
# collections_ordereddict.py:1:1: error: "collections.OrderedDict" is not supported by pyuk: pyuk provides Counter, defaultdict of collections
