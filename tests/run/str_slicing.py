def slices(s: str) -> None:
    print(s[1:3], s[:2], s[2:], s[-2:], s[:-2], s[::2], s[1::2], s[::-1], s[::-2])
    print(s[5:1:-1], s[-1:-4:-1], s[100:], s[-100:2], s[3:3], s[4:2], s[::3], s[1:-1:3])
    print(repr(s[len(s):]), repr(s[0:0]), s[:] == s)


slices("abcdefgh")
slices("αβγδεζηθ")
slices("a😀b😀c😀d😀")
slices("mixed ascii é and ü")
start = 2
stop = -2
step = 3
t = "0123456789" * 3
print(t[start:stop:step], t[stop:start:-step], t[start:], t[:stop])
u = "ünïcödé" * 5
i = 0
out = ""
while i < len(u):
    out += u[i:i + 3:2]
    i += 4
print(out)
