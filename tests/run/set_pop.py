s = {5, 1, 9, 33}
out = []
while s:
    out.append(s.pop())
print(out, s)
t: set[int] = set()
t.pop()
