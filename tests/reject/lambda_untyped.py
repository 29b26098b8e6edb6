double = lambda x: x * 2
print(double(21))


# expect:
# lambda_untyped.py:2:7: error: Call to untyped function (unknown) in typed context  [no-untyped-call]
# lambda_untyped.py:2:7: note: pyuk compiles typed code only: annotate the called function (a lambda takes its types from the Callable type it is assigned to)
