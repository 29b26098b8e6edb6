def position(haystack: str, needle: str) -> int:
    return haystack.index(needle)


print(position("hello world", "world"))
print(position("hello world", "there"))
