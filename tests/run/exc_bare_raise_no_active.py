def helper() -> None:
    raise


print("calling helper")
helper()
