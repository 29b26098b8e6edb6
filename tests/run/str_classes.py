samples = ["abc", "ABC", "Abc", "abc123", "123", "١٢٣", "½", "²", "Ⅻ", " \t\n", "\u3000", "", "a b",
           "é", "É", "ǅ", "Title Case", "Not title", "UPPER 1", "lower 1", "日本", "😀", "\x7f", "ab\xad"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(),
          s.isupper(), s.islower(), s.istitle(), s.isprintable(), s.isascii())
