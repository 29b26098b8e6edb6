rows = [("apple", 3, 1.25), ("kiwi", 12, 0.5), ("dragonfruit", 1, 7.0), ("äpfel", 100, 12.75)]
for name, count, price in rows:
    print(name.ljust(12, "."), str(count).rjust(4), str(price).center(8, "*"), "|")
print("x".center(4), "|", "x".center(5, "-"), "|", "ab".center(7, "é"), "|", "abc".center(2))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(3), "".zfill(2), "abc".zfill(2), "-".zfill(3))
print("a\tb\tc".expandtabs(), "|", "ab\tc\n\td".expandtabs(4), "|", "x\ty".expandtabs(0))
line = "key = value = more"
print(line.partition(" = "), line.rpartition(" = "), line.partition("#"), line.rpartition("#"))
head, sep, tail = "user@example.org".partition("@")
print(head, sep, tail)
print("prefix-body".removeprefix("prefix-"), "body.txt".removesuffix(".txt"), "x".removeprefix("y"))
print("Straße".casefold(), "ΣΑΣ".casefold(), "ﬁ".casefold() == "fi")
try:
    print("x".ljust(5, "ab"))
except TypeError as e:
    print("TypeError:", e)
try:
    print("x".partition(""))
except ValueError as e:
    print("ValueError:", e)
