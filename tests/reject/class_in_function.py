def make() -> int:
    class Local:
        value = 3

    return Local.value


print(make())


# expect:
# class_in_function.py:2:5: error: a class defined inside a function is not supported by pyuk: define it at module level
