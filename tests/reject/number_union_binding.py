def total(xs: list[float]) -> float:
    return sum(xs)


print(total([]))


# expect:
# number_union_binding.py:2:12: error: a value of type "float | int" where a float is expected is not supported by pyuk (CPython would keep an int an int): write float(...), or sum(xs, 0.0) for a sum of floats (sum([]) is the int 0)
