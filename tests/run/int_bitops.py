def main() -> None:
    a = 0b1011_0110
    b = 0x5A
    print(a & b, a | b, a ^ b, ~a, ~0, ~-1)
    print(a << 3, a >> 2, -a >> 2, -1 >> 60, 1 << 62, -(1 << 62) * 2)
    print(5 >> 64, -5 >> 100, 0 << 200)
    print(0o777, 0xFFFF, 0b0)
    n = 0
    for i in range(64):
        if (12345678901 >> i) & 1:
            n += 1
    print("popcount", n)


if __name__ == "__main__":
    main()
