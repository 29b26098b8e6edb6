for s in ["abc", "héllo", "日本", "😀", "", "\x00\x7f\x80\xff"]:
    print(s.encode(), s.encode("utf-8"), len(s.encode("utf8")))
print("abc".encode("ascii"), "café".encode("latin-1"), "\xff\xfe".encode("latin1"))
print("naïve".encode("UTF-8"), "x".encode(encoding="ascii"), "ü".encode("iso-8859-1"))
try:
    "naïve".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    "a€€b".encode("latin-1")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    "x".encode("klingon")
except LookupError as e:
    print("LookupError:", e)
print("round trip", "Grüße 😀".encode().decode() == "Grüße 😀")
