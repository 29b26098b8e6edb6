"""bytearray.pop/insert/remove/clear/reverse/copy with CPython's index clamping
and messages."""

def main() -> None:
    b = bytearray(b"hello")
    print(b.pop(), b.pop(0), b, b.pop(-2), b)
    b.insert(0, 72)
    b.insert(100, 33)
    b.insert(-1, 63)
    b.insert(-100, 62)
    print(b)
    b.remove(108)
    print(b, b.copy(), b.copy() is b)
    b.reverse()
    print(b)
    c = b.copy()
    b.clear()
    print(b, c, len(b))
    for bad in ["pop", "pop5", "remove", "remove300", "insert256"]:
        try:
            if bad == "pop":
                bytearray().pop()
            elif bad == "pop5":
                bytearray(b"a").pop(5)
            elif bad == "remove":
                c.remove(99)
            elif bad == "remove300":
                c.remove(300)
            else:
                c.insert(0, 256)
        except IndexError as e:
            print("IndexError", e)
        except ValueError as e:
            print("ValueError", e)
    packet = bytearray()
    for v in [1, 2, 3]:
        packet.insert(0, v)
    print(packet.hex(), packet.pop(1), bytes(packet))


if __name__ == "__main__":
    main()
