def low() -> None:
    raise KeyError("low")


def mid() -> None:
    try:
        low()
    except KeyError as e:
        raise ValueError("mid") from e


def top() -> None:
    try:
        mid()
    except ValueError:
        raise RuntimeError("top") from None


try:
    top()
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
    ctx = e.__context__
    print(repr(ctx))
    if ctx is not None:
        print(repr(ctx.__cause__), ctx.__suppress_context__)
try:
    raise IndexError("x") from ValueError
except IndexError as e:
    print(repr(e.__cause__))
top()
