class Proxy:
    def __init__(self, target: str) -> None:
        self.target = target

    def __getattr__(self, name: str) -> str:
        return self.target + name


print(Proxy("a").b)


# expect:
# dunder_getattr.py:5:5: error: the special method "__getattr__" is not supported by pyuk: declare the attributes in the class
