from collections import Counter, OrderedDict

print(Counter("ab"), OrderedDict())


# expect:
# collections_ordereddict.py:1:1: error: "collections.OrderedDict" is not supported by pyuk: of collections, pyuk provides collections.Counter, collections.abc, collections.defaultdict, collections.deque
