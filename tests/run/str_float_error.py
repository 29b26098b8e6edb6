def parse(text: str) -> float:
    return float(text)


print(parse("2.5"))
print(parse("two and a half"))
