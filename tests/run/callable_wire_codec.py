"""A wire-format encoder/decoder whose fields are described by codecs:
pairs of functions kept in a table."""
from collections.abc import Callable
from dataclasses import dataclass

Encoder = Callable[[int], bytes]
Decoder = Callable[[bytes, int], tuple[int, int]]


@dataclass
class Codec:
    name: str
    encode: Encoder
    decode: Decoder


def fixed(width: int) -> Codec:
    def encode(value: int) -> bytes:
        return value.to_bytes(width, "big")

    def decode(data: bytes, pos: int) -> tuple[int, int]:
        return int.from_bytes(data[pos:pos + width], "big"), pos + width

    return Codec(f"u{width * 8}", encode, decode)


def varint() -> Codec:
    def encode(value: int) -> bytes:
        out = bytearray()
        while True:
            byte = value & 0x7F
            value >>= 7
            if value:
                out.append(byte | 0x80)
            else:
                out.append(byte)
                return bytes(out)

    def decode(data: bytes, pos: int) -> tuple[int, int]:
        result = 0
        shift = 0
        while True:
            byte = data[pos]
            pos += 1
            result |= (byte & 0x7F) << shift
            shift += 7
            if not byte & 0x80:
                return result, pos

    return Codec("varint", encode, decode)


def pack(schema: list[Codec], values: list[int]) -> bytes:
    return b"".join(codec.encode(v) for codec, v in zip(schema, values))


def unpack(schema: list[Codec], data: bytes) -> list[int]:
    pos = 0
    out: list[int] = []
    for codec in schema:
        value, pos = codec.decode(data, pos)
        out.append(value)
    if pos != len(data):
        raise ValueError(f"{len(data) - pos} trailing bytes")
    return out


def main() -> None:
    schema = [fixed(1), varint(), fixed(2), varint(), fixed(4)]
    print([c.name for c in schema])
    values = [7, 300, 65535, 0, 123456789]
    wire = pack(schema, values)
    print(wire.hex(), len(wire))
    print(unpack(schema, wire) == values, unpack(schema, wire))
    try:
        unpack(schema, wire + b"\x00")
    except ValueError as e:
        print("error:", e)
    big = varint()
    for n in [0, 1, 127, 128, 16384, 2**40]:
        encoded = big.encode(n)
        print(n, encoded.hex(), big.decode(encoded, 0))


main()
