for ch in "héllo":
    print(ch, end=".")
print()
for b in b"AZ":
    print(b)
for x in (1, 2, 3):
    print(x * 2)
for i in range(3):
    pass
else:
    print("else ran")
for x in [1, 2, 3]:
    if x == 2:
        break
else:
    print("not printed")
nothing: list[int] = []
for x in nothing:
    print("never")
else:
    print("empty else")
