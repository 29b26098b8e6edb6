def show(e: Exception) -> None:
    print(e)
    print(str(e))
    print(repr(e))
    print(e.args)


show(ValueError("bad value"))
show(ValueError())
show(ValueError(1, "two", 3.5))
show(KeyError("missing"))
show(KeyError(42))
show(KeyError())
show(IndexError("list index out of range"))
show(RuntimeError("it's quoted"))
show(OSError(2, "No such file"))
show(ZeroDivisionError(None))
show(TypeError(True, None))
try:
    print(10 // 0)
except ZeroDivisionError as e:
    show(e)
