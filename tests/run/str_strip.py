for s in ["  hello  ", "\t\n tabs \r\n", "xxhixx", "", "   ", "\u3000ideo\u2003", "\x1cctl\x1f", "éaé"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xyhiyx".strip("xy")), repr("abcba".lstrip("ab")))
print(repr("abcba".rstrip("ab")), repr("éaé".strip("é")), repr("😀x😀".strip("😀")))
print(repr("hello".strip("")), repr("hello".strip("helo")), repr("  a  ".strip(None)))
print(repr("www.example.com".lstrip("cmowz.")), repr("mississippi".rstrip("ipz")))
