def show(s: str) -> None:
    print(len(s), repr(s), s == "abc", s != "abc", bool(s))


show("")
show("abc")
show("héllo")
show("日本語")
show("😀 emoji")
a = "foo"
b = "bar"
c = a + b
print(c, c + c, a * 3, 3 * b, a * 0 == "", a * -2 == "", len(c * 10))
s = "Straße"
print(s[0], s[4], s[5], s[-1], s[-6], len(s))
n = 0
t = ""
while n < 5:
    t += str(n)
    n += 1
print(t, t[2:], t[:2], t[::-1])
print("x" + "y" == "xy", "ab" * 2 == "abab")
empty = ""
if not empty:
    print("empty is falsy")
if s:
    print("non-empty is truthy")
