def to_ascii(s: str) -> bytes:
    return s.encode("ascii")


print(to_ascii("plain"))
print(to_ascii("smörgåsbord"))
