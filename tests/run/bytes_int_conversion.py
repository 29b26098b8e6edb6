for n in [0, 1, 255, 256, 65535, 2**31, 9223372036854775807]:
    print(n, n.to_bytes(8, "big"), n.to_bytes(8, "little"), n.to_bytes(8, byteorder="big").hex())
for n in [-1, -128, -129, -9223372036854775807 - 1]:
    print(n, n.to_bytes(8, "big", signed=True), n.to_bytes(9, "little", signed=True))
print((1024).to_bytes(2, "big"), (0).to_bytes(0, "big"), (5).to_bytes(), (-1).to_bytes(1, signed=True))
print(int.from_bytes(b"\x00" * 12 + b"\x07", "big"), int.from_bytes(b"\xff" * 12, "big", signed=True))
for data in [b"\x00", b"\x01\x00", b"\xff\xff", b"\x80\x00\x00\x00", b""]:
    print(data, int.from_bytes(data, "big"), int.from_bytes(data, "little"),
          int.from_bytes(data, "big", signed=True), int.from_bytes(data, byteorder="little", signed=True))
print(int.from_bytes(bytearray(b"\x12\x34"), "big"), int.from_bytes(b"\x01"))
for n, length, signed in [(256, 1, False), (-1, 1, False), (128, 1, True), (-129, 1, True)]:
    try:
        print(n.to_bytes(length, "big", signed=signed))
    except OverflowError as e:
        print("OverflowError:", e)
try:
    print((1).to_bytes(-1, "big"))
except ValueError as e:
    print("ValueError:", e)
order = "middle"
try:
    print((1).to_bytes(2, order))  # type: ignore[arg-type]
except ValueError as e:
    print("ValueError:", e)
value = int.from_bytes(b"\x01\x02\x03\x04", "big")
print(value, value.to_bytes(4, "little"), int.from_bytes(value.to_bytes(4, "little"), "little") == value)
