s = "abracadabra ünïcode abracadabra"
for sub in ["abra", "cad", "ü", "code", "xyz", "", "a"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub))
print(s.find("a", 1), s.find("a", 1, 3), s.find("a", -5), s.rfind("a", 0, 10), s.find("", 40))
print(s.find("ï", 10), s.rfind("ï", -25, -3), s.count("a", 5, 20), s.count("", 28))
print(s.index("cad"), s.rindex("abra"), s.index("ü"), s.rindex("a", 0, -1))
print("aaaa".count("aa"), "aaaa".count("a", 1, -1), "".count(""), "abc".count("", 1))
print("abc".find("", 3), "abc".find("", 4), "abc".find("c", -1), "abc".find("b", 2, 1))
try:
    s.index("zzz")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("a", 200)
except ValueError as e:
    print("ValueError:", e)
