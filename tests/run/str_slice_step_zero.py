def every(s: str, step: int) -> str:
    return s[::step]


print(every("abcdef", 2))
print(every("abcdef", -1))
print(every("abcdef", 0))
