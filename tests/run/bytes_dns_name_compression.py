"""A DNS-like wire codec: bytearray building with += and extend, label
compression pointers, to_bytes/from_bytes, hexdump with hex(sep), a decoder
raising a custom hierarchy on malformed input (loops, truncation, non-ASCII
with a cause), del on a bytearray, and an uncaught TruncatedError."""

from __future__ import annotations

from dataclasses import dataclass, field


class DecodeError(Exception):
    def __init__(self, offset: int, reason: str) -> None:
        super().__init__(offset, reason)
        self.offset = offset
        self.reason = reason

    def __str__(self) -> str:
        return f"offset {self.offset}: {self.reason}"


class TruncatedError(DecodeError):
    pass


class PointerLoopError(DecodeError):
    pass


@dataclass
class Question:
    name: str
    qtype: int
    qclass: int = 1


@dataclass
class Record:
    name: str
    rtype: int
    ttl: int
    data: bytes

    def describe(self) -> str:
        if self.rtype == 1 and len(self.data) == 4:
            return ".".join(str(b) for b in self.data)
        return self.data.hex()


@dataclass
class Message:
    ident: int
    flags: int
    questions: list[Question] = field(default_factory=list)
    answers: list[Record] = field(default_factory=list)


class Encoder:
    def __init__(self) -> None:
        self.buf = bytearray()
        self.names: dict[str, int] = {}

    def u16(self, v: int) -> None:
        self.buf += v.to_bytes(2, "big")

    def u32(self, v: int) -> None:
        self.buf.extend(v.to_bytes(4, byteorder="big"))

    def name(self, name: str) -> None:
        labels = name.rstrip(".").split(".") if name else []
        for i in range(len(labels)):
            suffix = ".".join(labels[i:])
            if suffix in self.names:
                self.u16(0xC000 | self.names[suffix])
                return
            if len(self.buf) < 0x3FFF:
                self.names[suffix] = len(self.buf)
            raw = labels[i].encode("ascii")
            if not 0 < len(raw) < 64:
                raise ValueError(f"bad label {labels[i]!r}")
            self.buf.append(len(raw))
            self.buf += raw
        self.buf.append(0)

    def message(self, m: Message) -> bytes:
        self.u16(m.ident)
        self.u16(m.flags)
        for n in (len(m.questions), len(m.answers), 0, 0):
            self.u16(n)
        for q in m.questions:
            self.name(q.name)
            self.u16(q.qtype)
            self.u16(q.qclass)
        for r in m.answers:
            self.name(r.name)
            self.u16(r.rtype)
            self.u16(1)
            self.u32(r.ttl)
            self.u16(len(r.data))
            self.buf.extend(r.data)
        return bytes(self.buf)


class Decoder:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, n: int) -> bytes:
        if self.pos + n > len(self.data):
            raise TruncatedError(self.pos, f"need {n} bytes, have {len(self.data) - self.pos}")
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk

    def u16(self) -> int:
        return int.from_bytes(self.take(2), "big")

    def u32(self) -> int:
        return int.from_bytes(self.take(4), byteorder="big", signed=False)

    def name_at(self, pos: int, seen: set[int]) -> tuple[str, int]:
        labels: list[str] = []
        while True:
            if pos >= len(self.data):
                raise TruncatedError(pos, "name runs off the end")
            length = self.data[pos]
            if length & 0xC0 == 0xC0:
                if pos + 1 >= len(self.data):
                    raise TruncatedError(pos, "pointer cut short")
                target = ((length & 0x3F) << 8) | self.data[pos + 1]
                if target in seen:
                    raise PointerLoopError(pos, f"pointer loop to {target}")
                seen.add(target)
                rest, _ = self.name_at(target, seen)
                if rest:
                    labels.append(rest)
                return ".".join(labels), pos + 2
            if length == 0:
                return ".".join(labels), pos + 1
            label = self.data[pos + 1:pos + 1 + length]
            if len(label) < length:
                raise TruncatedError(pos, "label cut short")
            try:
                labels.append(label.decode("ascii"))
            except UnicodeDecodeError as e:
                raise DecodeError(pos, "non-ascii label") from e
            pos += 1 + length

    def name(self) -> str:
        text, self.pos = self.name_at(self.pos, set())
        return text

    def message(self) -> Message:
        m = Message(self.u16(), self.u16())
        nq, na, _, _ = self.u16(), self.u16(), self.u16(), self.u16()
        for _ in range(nq):
            m.questions.append(Question(self.name(), self.u16(), self.u16()))
        for _ in range(na):
            name = self.name()
            rtype = self.u16()
            self.u16()
            ttl = self.u32()
            m.answers.append(Record(name, rtype, ttl, self.take(self.u16())))
        if self.pos != len(self.data):
            raise DecodeError(self.pos, f"{len(self.data) - self.pos} trailing bytes")
        return m


def hexdump(data: bytes) -> None:
    for off in range(0, len(data), 16):
        chunk = data[off:off + 16]
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print(f"{off:04x}  {chunk.hex(' '):<47}  |{text}|")


def main() -> None:
    msg = Message(0xBEEF, 0x8180)
    msg.questions.append(Question("www.example.com", 1))
    msg.answers.append(Record("www.example.com", 1, 3600, bytes([93, 184, 216, 34])))
    msg.answers.append(Record("mail.example.com", 16, 60, b"\x00\x0a" + b"mx"))
    msg.answers.append(Record("example.com", 5, 2**31, bytes(3)))
    wire = Encoder().message(msg)
    print(len(wire))
    hexdump(wire)
    back = Decoder(wire).message()
    print(back == msg, back.ident == 0xBEEF, hex(back.flags))
    for r in back.answers:
        print(f"{r.name:<18} type={r.rtype:<3} ttl={r.ttl:>10} {r.describe()}")
    print(back.questions)

    bad_inputs: list[tuple[str, bytes]] = [
        ("truncated header", wire[:5]),
        ("truncated record", wire[:-2]),
        ("trailing", wire + b"\x00"),
        ("loop", b"\x00\x01\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\xc0\x0c\x00\x01\x00\x01"),
        ("non-ascii", b"\x00\x01\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x02\xff\xfe\x00\x00\x01\x00\x01"),
        ("cut pointer", b"\x00\x01\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\xc0"),
    ]
    for label, data in bad_inputs:
        try:
            Decoder(data).message()
            print(label, "decoded?!")
        except PointerLoopError as e:
            print(f"{label}: loop ({e})")
        except TruncatedError as e:
            print(f"{label}: truncated ({e}) args={e.args}")
        except DecodeError as e:
            cause = e.__cause__
            print(f"{label}: {e}; cause={type(cause).__name__ if cause else None}")
    try:
        Encoder().name("a." + "x" * 64 + ".com")
    except ValueError as e:
        print(e)
    try:
        (300).to_bytes(1, "big")
    except OverflowError as e:
        print("OverflowError:", e)
    print(int.from_bytes(b"\xff\xfe", "little", signed=True), (-2).to_bytes(2, "big", signed=True))
    ba = bytearray(b"abc")
    ba[0] = 0x41
    ba.extend(b"!!")
    del ba[1]
    print(ba, bytes(ba).upper(), ba.find(b"!"), list(ba[:2]))
    Decoder(wire[:20]).message()


if __name__ == "__main__":
    main()
