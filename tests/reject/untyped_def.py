def add(a, b):
    return a + b


print(add(1, 2))


# expect:
# untyped_def.py:1:1: error: Function is missing a type annotation  [no-untyped-def]
# untyped_def.py:1:1: note: pyuk compiles typed code only: annotate every parameter and the return type ("-> None" when the function returns nothing)
# untyped_def.py:5:7: error: Call to untyped function "add" in typed context  [no-untyped-call]
# untyped_def.py:5:7: note: pyuk compiles typed code only: annotate the called function (a lambda takes its types from the Callable type it is assigned to)
