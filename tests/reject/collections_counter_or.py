from collections import Counter

a = Counter("ab")
b = Counter("bc")
print(a | b)


# expect:
# collections_counter_or.py:5:7: error: operator "|" on Counter is not supported by pyuk (Counter supports + and - with another Counter)
