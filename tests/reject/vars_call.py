class Point:
    def __init__(self) -> None:
        self.x = 1


print(vars(Point()))


# expect:
# vars_call.py:6:7: error: "vars" is not supported by pyuk: use the attributes by name
