def inner(n: int) -> None:
    try:
        if n == 0:
            raise ValueError("inner value")
        if n == 1:
            raise KeyError("inner key")
        print("inner ok")
    except ValueError:
        print("inner caught ValueError")
    finally:
        print("inner finally", n)


def outer(n: int) -> None:
    try:
        inner(n)
        print("after inner", n)
    except KeyError:
        print("outer caught KeyError")
    finally:
        print("outer finally", n)


for i in range(3):
    outer(i)
