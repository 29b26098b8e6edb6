count = 0
for ch in "mississippi":
    if ch == "s":
        count += 1
print(count)
print([c for c in "abc"], {c for c in "aab"} == {"a", "b"}, list("xyz"), sorted("hello"))
print(list("日本語"), "".join(reversed("abc")) if True else "")
for i, ch in enumerate("ab"):
    print(i, ch)
