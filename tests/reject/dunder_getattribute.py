class Logged:
    value = 1

    def __getattribute__(self, name: str) -> int:
        print("get", name)
        return 1


print(Logged().value)


# expect:
# dunder_getattribute.py:4:5: error: the special method "__getattribute__" is not supported by pyuk: declare the attributes in the class
