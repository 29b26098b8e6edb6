def scale(value: float, factor) -> float:
    return value * factor


print(scale(2.0, 3.0))


# expect:
# untyped_parameter.py:1:1: error: Function is missing a type annotation for one or more parameters  [no-untyped-def]
# untyped_parameter.py:1:1: note: pyuk compiles typed code only: annotate every parameter and the return type ("-> None" when the function returns nothing)
# untyped_parameter.py:2:5: error: Returning Any from function declared to return "float"  [no-any-return]
