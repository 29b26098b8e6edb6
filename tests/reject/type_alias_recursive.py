# A recursive alias in a parameter annotation: the dialect checker expanded
# it without end, looking for an explicit Any (the compiler hung).
from typing import Union

Tree = Union[int, list["Tree"]]


def depth(t: Tree) -> int:
    if isinstance(t, int):
        return 0
    return 1 + max([depth(x) for x in t], default=0)


print(depth([1, [2, [3]]]))


# expect:
# type_alias_recursive.py:5:1: error: the recursive type alias "Tree" is not supported by pyuk: values of a type that contains itself need a class (a Node base class with subclasses), or object narrowed with isinstance
