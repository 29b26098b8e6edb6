# Operations with inline fast paths in the back end, at and past their edges:
# bytes/bytearray indexing, bytearray.append, str == literal, str.isX().


def index_bytes(data: bytes, i: int) -> int:
    try:
        return data[i]
    except IndexError as e:
        print("IndexError:", e)
        return -1


def main() -> None:
    data = b"\x00\x7f\x80\xff"
    print([index_bytes(data, i) for i in range(-5, 5)])
    arr = bytearray(b"ab")
    print(arr[0], arr[-1], arr[1] << 24)
    try:
        print(arr[2])
    except IndexError as e:
        print("IndexError:", e)
    out = bytearray()
    for v in range(300):
        out.append(v % 256)
    print(len(out), out[255], out[-1], bytes(out[:4]))
    try:
        out.append(256)
    except ValueError as e:
        print("ValueError:", e)
    try:
        out.append(-1)
    except ValueError as e:
        print("ValueError:", e)
    words = ["", "a", "ab", "abcdefgh", "abcdefghi", "é", "\n", "ab\x00"]
    for w in words:
        print(repr(w), w == "", w == "a", w == "ab", w == "abcdefgh", w == "é", w != "\n",
              w == "ab\x00")
    for c in "aZ09 _\t\x1c\x7fé²":
        print(repr(c), c.isalpha(), c.isdigit(), c.isdecimal(), c.isnumeric(), c.isalnum(),
              c.isspace())
    x = 2.0
    print(x ** 0.5, 10.0 ** 300.0 if x > 3 else 1e300 ** 1.0, (0.5) ** 1074.0)
    try:
        print(10.0 ** 400.0)
    except OverflowError as e:
        print("OverflowError:", e)


main()
