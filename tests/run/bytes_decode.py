for data in [b"plain", b"caf\xc3\xa9", b"\xe6\x97\xa5\xe6\x9c\xac", b"\xf0\x9f\x98\x80", b""]:
    print(data.decode(), data.decode("utf-8"), len(data.decode("utf8")))
print(b"caf\xe9".decode("latin-1"), b"\xff\xfe".decode("latin1"), b"abc".decode("ascii"))
print(bytearray(b"\xc3\xbc").decode(), str(b"\xc3\xa4", "utf-8"))
bad = [b"\xff", b"a\xe9b", b"\xe9\x80", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\x80", b"ok\xf0\x9f\x98"]
for data in bad:
    try:
        print(data.decode())
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
try:
    b"ab\x80".decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    b"x".decode("rot13x")
except LookupError as e:
    print("LookupError:", e)
