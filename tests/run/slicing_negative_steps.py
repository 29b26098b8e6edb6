def main() -> None:
    xs = list(range(10))
    s = "abcdefghij"
    b = b"0123456789"
    t = tuple(xs)
    for sl in [(8, 2, -2), (-1, -11, -3), (100, -100, -1), (-100, 100, 4), (5, 5, 1), (7, 3, 1), (3, 7, -1), (0, 10, 3), (9, -100, -4)]:
        a, c, st = sl
        print(sl, xs[a:c:st], s[a:c:st], b[a:c:st], t[a:c:st])
    print(xs[::-1], s[::-1], b[::-1], t[::-1], xs[2::3], s[:-3], b[-3:], t[::4], s[::-3])
    ys = xs[:]
    ys[2:5] = [20, 30]
    print(ys)
    ys[::2] = [0] * len(ys[::2])
    print(ys)
    try:
        ys[::2] = [1, 2]
    except ValueError as e:
        print("ValueError:", e)
    del ys[1::3]
    print(ys)
    ys[len(ys):] = [7, 8]
    ys[:0] = [-1]
    print(ys, ys[-2:], ys[:-2], ys[-100:2])
    zs = [1, 2, 3, 4, 5, 6]
    del zs[::-2]
    print(zs)
    zs[1:1] = [9, 9]
    zs[-1:] = []
    print(zs, zs[::-1][1:3])
    u = "héllo wörld"
    print(u[::-1], u[1:4], u[-3:], u[::3], u[7:2:-2], len(u))
    ba = bytearray(b"abcdef")
    ba[1:3] = b"XYZ"
    ba[::2] = b"123"[: len(ba[::2])] if len(ba[::2]) == 3 else b"1234"
    print(ba)
    print(xs[-1], s[-10], t[-10])
    for bad in [10, -11]:
        try:
            print(xs[bad])
        except IndexError as e:
            print("IndexError:", e)
        try:
            print(s[bad])
        except IndexError as e:
            print("IndexError:", e)
        try:
            print(t[bad])
        except IndexError as e:
            print("IndexError:", e)
        try:
            print(b[bad])
        except IndexError as e:
            print("IndexError:", e)
        try:
            xs[bad] = 0
        except IndexError as e:
            print("IndexError:", e)


if __name__ == "__main__":
    main()
