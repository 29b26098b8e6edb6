samples = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\tnew\nret\r",
           "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad\xff", "é ü ß", "日本語", "😀", "\u200b\u2028\ufeff",
           "\ud7ff\ue000\uffff", "\U0001f600\U000e0001\U0010ffff", "\u0301combining", ""]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))
print(str(repr("x")), repr(repr("it's")))
