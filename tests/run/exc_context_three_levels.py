def level(n: int) -> None:
    try:
        if n == 0:
            raise IndexError("bottom")
        level(n - 1)
    except LookupError:
        raise ValueError("middle level")
    except ValueError:
        raise TypeError("top")


level(2)
