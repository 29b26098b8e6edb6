class Resource:
    def __init__(self, name: str) -> None:
        self.name = name

    def __del__(self) -> None:
        print("closing", self.name)


r = Resource("a")
print(r.name)


# expect:
# dunder_del.py:5:5: error: the special method "__del__" is not supported by pyuk: release resources explicitly, with a method or try/finally
