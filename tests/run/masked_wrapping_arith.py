"""Arithmetic whose result is only used under a non-negative mask: CPython
grows the int, pyuk may wrap, and the masked value is the same."""

MASK32 = 0xFFFFFFFF
MASK64 = 0x7FFFFFFFFFFFFFFF


def rotr(x: int, n: int) -> int:
    return ((x >> n) | (x << (32 - n))) & MASK32


def mix(a: int, b: int, c: int) -> int:
    return (a * b + c * 0x1E3779B97F4A7C15 - a) & MASK32


def fnv1a(data: bytes) -> int:
    h = 0x4BF29CE484222325
    for byte in data:
        h = ((h ^ byte) * 0x100000001B3) & MASK64
    return h


def shifted(x: int) -> int:
    return (x << 70) & 0xFF | (x << 40) & 0xFFFF0000000000


def main() -> None:
    print(rotr(0x12345678, 7), rotr(0xFFFFFFFF, 31))
    print(mix(1 << 40, 1 << 30, 12345), mix(-7, 3, 99))
    print(fnv1a(b"pyuk"), fnv1a(b""), fnv1a(bytes(range(256))))
    print(shifted(0xABCDEF), shifted(-1))
    big = 3037000500
    print((big * big) & 0xFFFF, (big * big * 7) & 0xFFFFFFFFFF)
    total = 0
    for i in range(1000):
        total = (total * 31 + i * 0x5DEECE66D) & MASK32
    print(total)


if __name__ == "__main__":
    main()
