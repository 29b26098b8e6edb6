def fail(kind: type[Exception]) -> None:
    raise kind


def catch(kind: type[Exception]) -> None:
    try:
        fail(kind)
    except kind:
        pass


# expect:
# raise_class_variable.py:2:11: error: raising a class held in a variable is not supported by pyuk: raise an instance
# raise_class_variable.py:8:12: error: an except clause with a class held in a variable is not supported by pyuk: name the exception classes
