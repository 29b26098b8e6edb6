class Singleton:
    def __new__(cls) -> "Singleton":
        return super().__new__(cls)


print(Singleton() is not None)


# expect:
# dunder_new.py:2:5: error: the special method "__new__" is not supported by pyuk: initialise instances in __init__
