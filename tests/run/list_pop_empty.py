a: list[str] = []
a.append("x")
print(a.pop())
a.pop()
