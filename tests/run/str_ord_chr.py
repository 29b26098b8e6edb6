for c in ["a", "Z", "0", " ", "é", "€", "😀", "\x00", "\U0010ffff"]:
    print(repr(c), ord(c), chr(ord(c)) == c)
print("".join([chr(i) for i in range(65, 91)]))
print([chr(i) for i in [0x41, 0xe9, 0x3b1, 0x1f600]])
print(sum([ord(c) for c in "hello"]))
for bad in ["", "ab"]:
    try:
        print(ord(bad))
    except TypeError as e:
        print("TypeError:", e)
for n in [-1, 0x110000]:
    try:
        print(chr(n))
    except ValueError as e:
        print("ValueError:", e)
