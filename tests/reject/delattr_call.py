class Box:
    def __init__(self) -> None:
        self.item = 1


b = Box()
delattr(b, "item")


# expect:
# delattr_call.py:7:1: error: delattr() is not supported by pyuk: assign the attribute another value
