"""DNS messages: encode queries and responses to the RFC 1035 wire format
with label compression, decode them back (following compression
pointers), and check the round trip.

Needs: classes, str split/join/encode, bytes and bytearray (append, extend,
slicing, indexing, decode), dict[str, int] with get, list[T], tuple
results and unpacking, exceptions (raise), f-strings.
"""

ROUNDS = 40000

TYPE_A = 1
TYPE_AAAA = 28
TYPE_MX = 15
CLASS_IN = 1


class Question:
    name: str
    qtype: int
    qclass: int

    def __init__(self, name: str, qtype: int, qclass: int) -> None:
        self.name = name
        self.qtype = qtype
        self.qclass = qclass


class Record:
    name: str
    rtype: int
    rclass: int
    ttl: int
    data: bytes

    def __init__(self, name: str, rtype: int, rclass: int, ttl: int, data: bytes) -> None:
        self.name = name
        self.rtype = rtype
        self.rclass = rclass
        self.ttl = ttl
        self.data = data


class Message:
    ident: int
    flags: int
    questions: list[Question]
    answers: list[Record]

    def __init__(self, ident: int, flags: int) -> None:
        self.ident = ident
        self.flags = flags
        self.questions = []
        self.answers = []


def put16(buf: bytearray, value: int) -> None:
    buf.append((value >> 8) & 0xFF)
    buf.append(value & 0xFF)


def put32(buf: bytearray, value: int) -> None:
    put16(buf, (value >> 16) & 0xFFFF)
    put16(buf, value & 0xFFFF)


def get16(data: bytes, pos: int) -> int:
    return (data[pos] << 8) | data[pos + 1]


def get32(data: bytes, pos: int) -> int:
    return (get16(data, pos) << 16) | get16(data, pos + 2)


def encode_name(buf: bytearray, name: str, table: dict[str, int]) -> None:
    """Writes `name` as labels, replacing the longest suffix already written
    by a pointer to it."""
    labels = name.split(".")
    for i in range(len(labels)):
        suffix = ".".join(labels[i:])
        offset = table.get(suffix)
        if offset is not None:
            put16(buf, 0xC000 | offset)
            return
        if len(buf) < 0x4000:
            table[suffix] = len(buf)
        label = labels[i].encode()
        buf.append(len(label))
        buf.extend(label)
    buf.append(0)


def encode(msg: Message) -> bytes:
    buf = bytearray()
    table: dict[str, int] = {}
    put16(buf, msg.ident)
    put16(buf, msg.flags)
    put16(buf, len(msg.questions))
    put16(buf, len(msg.answers))
    put16(buf, 0)
    put16(buf, 0)
    for q in msg.questions:
        encode_name(buf, q.name, table)
        put16(buf, q.qtype)
        put16(buf, q.qclass)
    for r in msg.answers:
        encode_name(buf, r.name, table)
        put16(buf, r.rtype)
        put16(buf, r.rclass)
        put32(buf, r.ttl)
        put16(buf, len(r.data))
        buf.extend(r.data)
    return bytes(buf)


def decode_name(data: bytes, pos: int) -> tuple[str, int]:
    """The name at `pos` and the position just after it in the message."""
    labels: list[str] = []
    end = -1
    jumps = 0
    while True:
        n = data[pos]
        if n == 0:
            pos += 1
            break
        if n & 0xC0 == 0xC0:
            if end < 0:
                end = pos + 2
            pos = ((n & 0x3F) << 8) | data[pos + 1]
            jumps += 1
            if jumps > 32:
                raise ValueError("compression loop")
            continue
        labels.append(data[pos + 1:pos + 1 + n].decode())
        pos += 1 + n
    if end < 0:
        end = pos
    return ".".join(labels), end


def decode(data: bytes) -> Message:
    msg = Message(get16(data, 0), get16(data, 2))
    nquestions = get16(data, 4)
    nanswers = get16(data, 6)
    pos = 12
    for _ in range(nquestions):
        name, pos = decode_name(data, pos)
        msg.questions.append(Question(name, get16(data, pos), get16(data, pos + 2)))
        pos += 4
    for _ in range(nanswers):
        name, pos = decode_name(data, pos)
        rtype = get16(data, pos)
        rclass = get16(data, pos + 2)
        ttl = get32(data, pos + 4)
        length = get16(data, pos + 8)
        pos += 10
        msg.answers.append(Record(name, rtype, rclass, ttl, data[pos:pos + length]))
        pos += length
    return msg


ZONES = ["example.com", "mail.example.org", "cdn.static.example.net", "pyuk.dev",
         "a.very.deep.subdomain.of.example.co.uk"]
HOSTS = ["www", "api", "mx1", "mx2", "ns1", "img", "login", "status"]


def make_message(i: int) -> Message:
    msg = Message(i & 0xFFFF, 0x8180)
    zone = ZONES[i % len(ZONES)]
    msg.questions.append(Question(HOSTS[i % len(HOSTS)] + "." + zone, TYPE_A, CLASS_IN))
    for k in range(6):
        host = HOSTS[(i + k) % len(HOSTS)] + "." + zone
        if k % 3 == 0:
            addr = bytes([10, (i >> 8) & 0xFF, i & 0xFF, k])
            msg.answers.append(Record(host, TYPE_A, CLASS_IN, 300 + k, addr))
        elif k % 3 == 1:
            addr6 = bytearray(16)
            addr6[0] = 0x20
            addr6[1] = 0x01
            addr6[15] = k
            msg.answers.append(Record(host, TYPE_AAAA, CLASS_IN, 3600, bytes(addr6)))
        else:
            msg.answers.append(Record(zone, TYPE_MX, CLASS_IN, 86400, bytes([0, 10 + k])))
    return msg


def same(a: Message, b: Message) -> bool:
    if a.ident != b.ident or a.flags != b.flags:
        return False
    if len(a.questions) != len(b.questions) or len(a.answers) != len(b.answers):
        return False
    for qa, qb in zip(a.questions, b.questions):
        if qa.name != qb.name or qa.qtype != qb.qtype or qa.qclass != qb.qclass:
            return False
    for ra, rb in zip(a.answers, b.answers):
        if ra.name != rb.name or ra.rtype != rb.rtype or ra.ttl != rb.ttl:
            return False
        if ra.data != rb.data:
            return False
    return True


def main() -> None:
    total_bytes = 0
    checksum = 0
    ok = 0
    names = 0
    for i in range(ROUNDS):
        msg = make_message(i)
        wire = encode(msg)
        total_bytes += len(wire)
        for b in wire:
            checksum = (checksum * 33 + b) & 0xFFFFFFFF
        back = decode(wire)
        if same(msg, back):
            ok += 1
        names += len(back.answers) + len(back.questions)
    sample = encode(make_message(7))
    print(f"dns: {ok}/{ROUNDS} round trips, {names} names, {total_bytes} bytes, "
          f"checksum {checksum:08x}")
    print(sample[:40].hex())


if __name__ == "__main__":
    main()
