def walk(s: str) -> str:
    out = ""
    i = 0
    while i < len(s):
        out += s[i]
        i += 1
    return out


def walk_back(s: str) -> str:
    out = ""
    i = len(s) - 1
    while i >= 0:
        out += s[i]
        i -= 1
    return out


text = "Grüße aus Köln, 東京 und 😀! " * 8
print(len(text), walk(text) == text, walk_back(text) == text[::-1])
print(text[0], text[3], text[17], text[-2], text[-len(text)], text[len(text) - 1])
j = 1
picked = ""
while j < len(text):
    picked += text[j]
    j = (j * 7 + 3) % len(text) if j != 0 else 1
    if len(picked) > 40:
        break
print(picked)
ascii_text = "plain ascii text " * 10
print(walk(ascii_text) == ascii_text, ascii_text[-3], ascii_text[42])
for k in range(0, len(text), 37):
    print(k, text[k], end=" ")
print()
