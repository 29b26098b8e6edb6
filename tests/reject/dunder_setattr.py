class Frozen:
    def __init__(self) -> None:
        self.x = 1

    def __setattr__(self, name: str, value: int) -> None:
        raise AttributeError(name)


print(Frozen().x)


# expect:
# dunder_setattr.py:5:5: error: the special method "__setattr__" is not supported by pyuk: declare the attributes in the class
