identity = lambda x: x
print(identity is not None)


# expect:
# lambda_unknown_types.py:1:12: error: a lambda whose parameter types are unknown is not supported by pyuk: pass it where a Callable type is expected, or annotate the variable it is assigned to ("f: Callable[[int], int] = lambda x: ...")
