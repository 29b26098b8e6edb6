def checksum(data: bytes) -> int:
    s = 0
    for i in range(0, len(data) - 1, 2):
        s += (data[i] << 8) | data[i + 1]
    if len(data) % 2:
        s += data[-1] << 8
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def build(kind: int, seq: int, payload: bytes) -> bytes:
    header = kind.to_bytes(1, "big") + seq.to_bytes(4, "little") + len(payload).to_bytes(2, "big")
    body = header + payload
    return body + checksum(body).to_bytes(2, "big")


def parse(packet: bytes) -> tuple[int, int, bytes]:
    if len(packet) < 9:
        raise ValueError(f"short packet: {len(packet)} bytes")
    kind = packet[0]
    seq = int.from_bytes(packet[1:5], "little")
    n = int.from_bytes(packet[5:7], byteorder="big")
    payload = packet[7:7 + n]
    want = int.from_bytes(packet[7 + n:9 + n], "big")
    if checksum(packet[:7 + n]) != want:
        raise ValueError(f"bad checksum {want:#06x}")
    return kind, seq, payload


def main() -> None:
    p = build(3, 0x01020304, b"hello\x00world")
    print(p, len(p), p.hex(), list(p[:7]))
    print(parse(p))
    bad = bytearray(p)
    bad[8] ^= 0xFF
    try:
        parse(bytes(bad))
    except ValueError as e:
        print("error:", e)
    try:
        parse(b"abc")
    except ValueError as e:
        print("error:", e)
    print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (255).to_bytes(1, "big"))
    print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
    print(int.from_bytes(b"", "big"), int.from_bytes(b"\x00\x01", "little"), (0).to_bytes(0, "big"))
    try:
        (256).to_bytes(1, "big")
    except OverflowError as e:
        print("OverflowError:", e)
    try:
        (-1).to_bytes(1, "big")
    except OverflowError as e:
        print("OverflowError:", e)
    frames = [build(k, k * 1000, bytes([k] * k)) for k in range(4)]
    stream = b"".join(frames)
    pos = 0
    while pos < len(stream):
        n = int.from_bytes(stream[pos + 5:pos + 7], "big")
        k, s, pl = parse(stream[pos:pos + 9 + n])
        print(k, s, pl, pl.hex() or "-")
        pos += 9 + n
    print(bytes(4), bytes([65, 66]), bytes("é", "utf-8"))
    print(b"abc".startswith(b"ab"), b"a-b-c".split(b"-"), b"-".join([b"x", b"y"]), b"Hi".lower(), b"xyz".replace(b"y", b"YY"))
    print(b"\x00\x7f\x80\xff'\"\\", bytearray(b"'"), repr(b'"'), b"abc"[1], b"abc"[-1:], b"abc".count(b"b"), b"aaa".find(b"a", 1))


if __name__ == "__main__":
    main()
