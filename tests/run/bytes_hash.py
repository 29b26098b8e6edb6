seen: dict[bytes, int] = {}
for chunk in [b"ab", b"cd", b"ab", b"", b"\xff", b"cd", b"ab"]:
    seen[chunk] = seen.get(chunk, 0) + 1
print(seen)
print(hash(b"abc") == hash(b"ab" + b"c"), hash(b"x") != hash(b"y"), hash(b"") == 0)
print(b"ab" in seen, b"zz" in seen, sorted(seen))
s = {b"x", b"y", b"x"}
print(len(s), b"x" in s)
