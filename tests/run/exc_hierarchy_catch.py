def raise_kind(kind: int) -> None:
    if kind == 0:
        raise IndexError("index")
    if kind == 1:
        raise KeyError("key")
    if kind == 2:
        raise ZeroDivisionError("zero")
    if kind == 3:
        raise OverflowError("overflow")
    if kind == 4:
        raise RecursionError("deep")
    if kind == 5:
        raise NotImplementedError("todo")
    if kind == 6:
        raise UnicodeError("unicode")
    raise TypeError("type")


def classify(kind: int) -> str:
    try:
        raise_kind(kind)
    except LookupError:
        return "lookup"
    except ArithmeticError:
        return "arithmetic"
    except RuntimeError:
        return "runtime"
    except ValueError:
        return "value"
    except Exception:
        return "exception"
    return "none"


for k in range(8):
    print(k, classify(k))
