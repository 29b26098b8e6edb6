def lookup(key: str) -> int:
    if key != "known":
        raise KeyError(key)
    return 1


print(lookup("known"))
print(lookup("missing"))
