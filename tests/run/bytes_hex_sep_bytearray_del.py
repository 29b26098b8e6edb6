"""bytes.hex(sep, bytes_per_sep) grouped from either end with its errors;
del ba[i] and del ba[a:b:c] on a bytearray (consuming a buffer)."""

def main() -> None:
    data = bytes(range(1, 8))
    for sep, per in [(":", 1), ("-", 2), (" ", -2), ("|", 3), ("_", -3), (".", 7), (".", 9), (",", 0)]:
        print(repr(sep), per, data.hex(sep, per), bytearray(data).hex(sep, bytes_per_sep=per))
    print(b"".hex(":"), b"\xff".hex(":"), data.hex(" "))
    for bad in ["::", "é", ""]:
        try:
            print(data.hex(bad))
        except ValueError as e:
            print("ValueError:", e)
    ba = bytearray(b"0123456789")
    del ba[0]
    del ba[-1]
    print(ba)
    del ba[2:4]
    print(ba)
    del ba[::2]
    print(ba)
    del ba[10:]
    del ba[::-1]
    print(ba, len(ba))
    ba = bytearray(b"abcdef")
    del ba[1::-2]
    print(ba)
    try:
        del ba[10]
    except IndexError as e:
        print("IndexError:", e)
    buf = bytearray(b"\x03abc\x02de")
    while buf:
        n = buf[0]
        print(bytes(buf[1:1 + n]))
        del buf[:1 + n]
    try:
        del buf[::0]
    except ValueError as e:
        print("ValueError:", e)


if __name__ == "__main__":
    main()
