def parse(line: str, sep: str) -> list[str]:
    return line.split(sep)


print(parse("a-b-c", "-"))
print(parse("a-b-c", ""))
