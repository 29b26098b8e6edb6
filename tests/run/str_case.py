samples = ["hello World", "ÀÉÎÕÜ àéîõü", "straße", "ǅemal ǆ", "ΣΑΣ ΟΔΟΣ σας", "İstanbul ıi",
           "ﬁne ﬂow", "mixed 123 _x_", "", "ÿ", "ŉ", "ǰ", "ᾳ ᾼ", "Ⅻ ⅻ", "𐐨𐐀", "hello-world foo_bar"]
for s in samples:
    print(s.upper(), "|", s.lower(), "|", s.title(), "|", s.capitalize(), "|", s.swapcase())
for s in ["ΑΣ", "ΑΣ ", "Σ", "ΑΣΑ", "Α.Σ", "ΑΣ'", "Ά͂Σ", "ὈΔΥΣΣΕΎΣ"]:
    print(s.lower())
latin1 = "".join([chr(i) for i in range(0xC0, 0x100)])
print(latin1.upper())
print(latin1.lower())
print("ASCII Only 123".lower(), "ascii only".upper())
