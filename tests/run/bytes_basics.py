b = b"hello\x00\xff world"
print(b, len(b), b[0], b[-1], b[5], b[1:5], b[::-1], b[::3], b[6:7])
print(b + b"!", b"ab" * 3, 2 * b"x", b"" * 5, b"ab" < b"abc", b"b" > b"abc", b"ab" == b"ab")
print(b"ll" in b, 108 in b, 0 in b, 7 in b, b"" in b, b"xyz" not in b)
print(b.hex(), b"".hex(), bytes(b"abc") == b"abc", b != b"x")
total = 0
for byte in b"\x01\x02\x03\xfe":
    total += byte
print(total, list(b"AZ"))
print(b"abc" <= b"abc", b"abd" >= b"abc", sorted([b"b", b"a", b"ab", b""]))
if b"":
    print("never")
if b"x":
    print("non-empty bytes are true")
