class Node:
    def __init__(self) -> None:
        self.cache: list[int] | None = [1]


n = Node()
del n.cache


# expect:
# del_attribute.py:7:5: error: deleting an attribute is not supported by pyuk: assign it another value (None for an Optional)
