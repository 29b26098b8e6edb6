from collections import Counter

c = Counter("aab")
it = c.elements()
print(it)


# expect:
# collections_counter_elements_value.py:4:6: error: Counter.elements() is supported where pyuk iterates (a for loop, list(), sorted(), a comprehension), not as a value
