counter = 0


def bump() -> None:
    globals()["counter"] += 1


bump()
print(counter)


# expect:
# globals_call.py:5:5: error: "globals" is not supported by pyuk: use the module's variables by name
