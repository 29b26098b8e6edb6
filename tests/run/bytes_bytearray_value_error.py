def put(buf: bytearray, i: int, v: int) -> None:
    buf[i] = v


buf = bytearray(4)
put(buf, 1, 200)
print(buf)
put(buf, 2, 256)
print(buf)
