print(str(0), str(-123), str(9223372036854775807), str(-9223372036854775808))
print(str(1.5), str(0.1), str(1e100), str(-0.0), str(float("inf")), str(1e16), str(123456789.0))
print(str(True), str(False), str(None), str("text"), str(), repr(1.25), repr(7))
for text in ["0", "-17", "  +42  ", "1_000_000", "٣", "007", "0x_ff"]:
    try:
        print(repr(text), int(text))
    except ValueError as e:
        print(repr(text), "ValueError:", e)
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0b101", 0), int("z", 36), int("777", 8))
print(int("-0o17", 0), int("1010", 2), int(" 10 ", base=3))
for text in ["1.5", "-2e3", " inf ", "nan", "1_0.5", ".5", "5.", "1e-5"]:
    print(repr(text), float(text))
for text in ["abc", "1.2.3", "", " ", "0x10"]:
    try:
        print(float(text))
    except ValueError as e:
        print("ValueError:", e)
for text in ["12a", "", "1e5", "0x", "١٢x"]:
    try:
        print(int(text))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("10", 99)
except ValueError as e:
    print("ValueError:", e)
