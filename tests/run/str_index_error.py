def char_at(s: str, i: int) -> str:
    return s[i]


word = "héllo"
print(char_at(word, 1), char_at(word, -5))
try:
    char_at(word, 5)
except IndexError as e:
    print("caught:", e)
print(char_at(word, -6))
