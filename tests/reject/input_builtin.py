name = input("name? ")
print("hello", name)


# expect:
# input_builtin.py:1:8: error: "input" is not supported by pyuk: a unikernel has no standard input
