class Point:
    def __init__(self) -> None:
        self.x = 1


print(Point().__dict__)


# expect:
# dunder_dict.py:6:7: error: the attribute "__dict__" is not supported by pyuk: use the attributes by name
