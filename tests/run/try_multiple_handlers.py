def pick(n: int) -> None:
    if n == 0:
        raise KeyError("k")
    if n == 1:
        raise IndexError("i")
    if n == 2:
        raise ValueError("v")
    if n == 3:
        raise ZeroDivisionError("z")


def handle(n: int) -> None:
    try:
        pick(n)
        print(n, "no exception")
    except KeyError:
        print(n, "KeyError handler")
    except LookupError:
        print(n, "LookupError handler")
    except (ValueError, TypeError):
        print(n, "ValueError/TypeError handler")
    except Exception:
        print(n, "generic handler")


for i in range(5):
    handle(i)
