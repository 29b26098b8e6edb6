import collections
from collections import OrderedDict, deque, namedtuple

d: deque[int] = deque()
od: OrderedDict[str, int] = OrderedDict()
c = collections.ChainMap({"a": 1})
print(d, od, c, collections.deque([1]))


# expect:
# collections_unprovided.py:2:1: error: "collections.OrderedDict" is not supported by pyuk: of collections, pyuk provides collections.Counter, collections.abc, collections.defaultdict, collections.deque
# collections_unprovided.py:2:1: error: "collections.namedtuple" is not supported by pyuk: of collections, pyuk provides collections.Counter, collections.abc, collections.defaultdict, collections.deque
# collections_unprovided.py:6:5: error: "collections.ChainMap" is not supported by pyuk: of collections, pyuk provides collections.Counter, collections.abc, collections.defaultdict, collections.deque
