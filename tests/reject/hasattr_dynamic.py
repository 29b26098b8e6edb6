class Node:
    def __init__(self) -> None:
        self.left = 0


def has(n: Node, name: str) -> bool:
    return hasattr(n, name)


print(has(Node(), "left"))


# expect:
# hasattr_dynamic.py:7:23: error: hasattr() with an attribute name computed at run time is not supported by pyuk: use the attribute by name ("x.name") or hasattr() with a literal name
