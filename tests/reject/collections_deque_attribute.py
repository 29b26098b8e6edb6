import collections

q = collections.deque([1, 2])
print(q)


# expect:
# collections_deque_attribute.py:3:5: error: "collections.deque" is not supported by pyuk: pyuk provides Counter, defaultdict of collections
