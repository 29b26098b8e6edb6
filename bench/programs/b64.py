"""Base64: encode and decode with the standard alphabet (RFC 4648) in pure
Python over bytes and bytearray, checking the round trip.

Needs: bytes and bytearray (indexing, append, slicing, len, ==,
bytearray(n), bytes(...), decode), list[int] lookup tables, ord, f-strings.
"""

SIZE = 200000
ROUNDS = 20

ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
PAD = ord("=")


def make_decode_table() -> list[int]:
    table = [-1] * 256
    for i in range(64):
        table[ALPHABET[i]] = i
    return table


DECODE = make_decode_table()


def encode(data: bytes) -> bytes:
    out = bytearray()
    n = len(data)
    full = n - n % 3
    i = 0
    while i < full:
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(ALPHABET[v >> 18])
        out.append(ALPHABET[(v >> 12) & 63])
        out.append(ALPHABET[(v >> 6) & 63])
        out.append(ALPHABET[v & 63])
        i += 3
    rest = n - full
    if rest == 1:
        v = data[i] << 16
        out.append(ALPHABET[v >> 18])
        out.append(ALPHABET[(v >> 12) & 63])
        out.append(PAD)
        out.append(PAD)
    elif rest == 2:
        v = (data[i] << 16) | (data[i + 1] << 8)
        out.append(ALPHABET[v >> 18])
        out.append(ALPHABET[(v >> 12) & 63])
        out.append(ALPHABET[(v >> 6) & 63])
        out.append(PAD)
    return bytes(out)


def decode(text: bytes) -> bytes:
    if len(text) % 4 != 0:
        raise ValueError("incorrect padding")
    out = bytearray()
    i = 0
    n = len(text)
    while i < n:
        a = DECODE[text[i]]
        b = DECODE[text[i + 1]]
        if a < 0 or b < 0:
            raise ValueError("invalid character")
        v = (a << 18) | (b << 12)
        if text[i + 2] == PAD:
            out.append(v >> 16)
        elif text[i + 3] == PAD:
            v |= DECODE[text[i + 2]] << 6
            out.append(v >> 16)
            out.append((v >> 8) & 0xFF)
        else:
            v |= (DECODE[text[i + 2]] << 6) | DECODE[text[i + 3]]
            out.append(v >> 16)
            out.append((v >> 8) & 0xFF)
            out.append(v & 0xFF)
        i += 4
    return bytes(out)


def make_data(size: int, seed: int) -> bytes:
    data = bytearray(size)
    state = seed
    for i in range(size):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        data[i] = (state >> 16) & 0xFF
    return bytes(data)


def main() -> None:
    checksum = 0
    ok = 0
    encoded_total = 0
    sample = b""
    for r in range(ROUNDS):
        data = make_data(SIZE + r, r + 1)
        text = encode(data)
        encoded_total += len(text)
        back = decode(text)
        if back == data:
            ok += 1
        for k in range(0, len(text), 97):
            checksum = (checksum * 31 + text[k]) & 0xFFFFFFFF
        if r == 0:
            sample = text[:48]
    print(f"base64: {ok}/{ROUNDS} round trips, {encoded_total} characters, "
          f"checksum {checksum:08x}")
    print(sample.decode())


if __name__ == "__main__":
    main()
