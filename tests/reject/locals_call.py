def show(a: int, b: int) -> None:
    names = locals()
    print(sorted(names))


show(1, 2)


# expect:
# locals_call.py:2:13: error: "locals" is not supported by pyuk: use the variables by name
