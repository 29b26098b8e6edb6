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
# type_alias_recursive.py:8:1: error: type "Tree" is not supported by pyuk yet
# type_alias_recursive.py:14:13: error: type "Tree" is not supported by pyuk yet
