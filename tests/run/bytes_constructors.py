print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(b"copy"), bytes("é", "utf-8"))
print(bytearray(), bytearray(2), bytearray([1, 2]), bytearray(b"ab"), bytearray("ü", "latin-1"))
print(bytes(bytearray(b"xy")), bytearray(bytearray(b"z")), bytes([x * 2 for x in range(4)]))
print(bytes(x for x in [104, 105]), bytearray(i for i in range(3)))
for bad in [[256], [-1], [1, 2, 300]]:
    try:
        print(bytes(bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    print(bytearray([1, 999]))
except ValueError as e:
    print("ValueError:", e)
try:
    print(bytes(-1))
except ValueError as e:
    print("ValueError:", e)
