from collections import deque

a = deque([1, 2])
b = deque([1, 3])
print(a < b)
print(a + b)
a.insert(0, 5)
limit: int | None = 3
c = deque([1], maxlen=limit)


# expect:
# deque_refused_ops.py:5:7: error: ordering deques is not supported by pyuk: compare list(d)
# deque_refused_ops.py:6:7: error: "+" on a deque is not supported by pyuk: use extend() or a loop
# deque_refused_ops.py:7:1: error: the method "deque.insert" is not supported by pyuk yet
# deque_refused_ops.py:9:23: error: deque(maxlen=...) of type "int | None" is not supported by pyuk: pass an int or None
