def parse(text: str) -> int:
    return int(text)


print(parse("123"))
print(parse("12 34"))
