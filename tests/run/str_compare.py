words = ["pear", "Apple", "apple", "äpfel", "zebra", "", "a", "ab", "aa", "Zebra", "é", "e", "😀", "日本"]
for x in words:
    row = ""
    for y in words:
        if x < y:
            row += "<"
        elif x > y:
            row += ">"
        else:
            row += "="
    print(row, x <= "m", x >= "m")
print(sorted(words))
print(min(words), max(words))


def chain(x: str) -> None:
    print("abc" < "abd" < x, "b" > x > "", x == "a", "b" != x, x != "a")


chain("a")
chain("abz")
