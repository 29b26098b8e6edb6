def __getattr__(name: str) -> int:
    return len(name)


print(__getattr__("abc"))


# expect:
# module_getattr.py:1:1: error: a module-level "__getattr__" is not supported by pyuk: define the module's names
