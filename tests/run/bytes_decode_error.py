def text_of(data: bytes) -> str:
    return data.decode("utf-8")


print(text_of(b"fine \xc3\xa9"))
print(text_of(b"broken \xc3\x28 here"))
