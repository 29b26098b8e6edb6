def describe(e: Exception) -> str:
    kinds = []
    if isinstance(e, LookupError):
        kinds.append("lookup")
    if isinstance(e, KeyError):
        kinds.append("key")
    if isinstance(e, ArithmeticError):
        kinds.append("arithmetic")
    if isinstance(e, (ValueError, TypeError)):
        kinds.append("value-or-type")
    return type(e).__name__ + " " + ",".join(kinds)


errors: list[Exception] = [KeyError("k"), IndexError(1), ZeroDivisionError(), ValueError(), TypeError()]
for err in errors:
    print(describe(err))
