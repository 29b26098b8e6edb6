def fail(code: int) -> None:
    raise ValueError(code, "bad value", 2.5, True, None)


print("start")
fail(42)
