from typing import Any
import json


class A:
    def __getattr__(self, name: str) -> int:
        return 0


def f(*args: int) -> None:
    print(eval("1"))
    del args


def g(x: Any) -> None:
    with open("x") as fh:
        print(fh, x)


# expect:
# many_errors.py:2:8: error: module "json" is not supported by pyuk: import the program's own modules and those docs/dialect.md lists
# many_errors.py:6:5: error: the special method "__getattr__" is not supported by pyuk: declare the attributes in the class
# many_errors.py:10:7: error: a "*args" parameter is not supported by pyuk: take a list or a tuple
# many_errors.py:11:11: error: "eval" is not supported by pyuk: the program is compiled ahead of time and cannot run code from a string
# many_errors.py:12:9: error: deleting the variable "args" is not supported by pyuk: assign it another value, or let it go out of scope
# many_errors.py:15:10: error: "Any" is not supported by pyuk: give a precise type (a union, a Protocol, a TypeVar or object)
# many_errors.py:16:5: error: the "with" statement is not supported by pyuk: use try/finally
# many_errors.py:16:10: error: "open" is not supported by pyuk: a unikernel has no file system
