saved = ValueError("raised twice")


def thrower() -> None:
    raise saved


try:
    thrower()
except ValueError as e:
    print("first:", e is saved)
thrower()
