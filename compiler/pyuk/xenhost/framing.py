"""Reads dom0's results back out of the serial console.

The console is shared with Xen and the dom0 kernel, and Xen may print a
line of its own in the middle of one of ours.  So each result travels as
base64 between marker lines with its length and md5, and a block that fails
its check is retried with Xen's "(XEN) ..." and "(dN) ..." lines cut out.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field

BLOCK_RE = re.compile(r"@@PYUK-BLOCK (\d+) (\w+) (\d+) ([0-9a-f]{32})")
END_RE = re.compile(r"@@PYUK-END (\d+) (\w+)")
B64_LINE = re.compile(r"[A-Za-z0-9+/=]+")
OUT_RE = re.compile(r"@@PYUK-OUT (\d+) (\d+) (\d+) ([A-Za-z0-9+/=]+)$")
# Lines that may land inside a block: Xen's own, and streamed console chunks
NOISE_RE = re.compile(r"(?:\((?:XEN|d\d+)\)|@@PYUK-OUT )[^\n]*\n")


@dataclass
class Report:
    """What dom0 said: protocol markers seen, decoded blocks, and damaged ones."""

    markers: set[str] = field(default_factory=set)
    errors: list[str] = field(default_factory=list)
    blocks: dict[int, dict[str, bytes]] = field(default_factory=dict)
    damaged: list[str] = field(default_factory=list)


def _decode(lines: list[str], size: int, md5: str) -> bytes | None:
    attempts = [
        "".join(ln for ln in lines if B64_LINE.fullmatch(ln)),
        re.sub(r"[^A-Za-z0-9+/=]", "", NOISE_RE.sub("", "\n".join(lines) + "\n")),
    ]
    for text in attempts:
        try:
            data = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            continue
        if len(data) == size and hashlib.md5(data).hexdigest() == md5:
            return data
    return None


def parse(serial: bytes) -> Report:
    """Every marker and block in a serial log."""
    report = Report()
    lines = serial.decode("latin-1").replace("\r", "").split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        for marker in ("READY", "TOOLSTACK", "DONE"):
            if f"@@PYUK-{marker}" in line:
                report.markers.add(marker)
        if (err := line.find("@@PYUK-ERROR ")) >= 0:
            report.errors.append(line[err + len("@@PYUK-ERROR ") :])
        m = BLOCK_RE.search(line)
        if not m:
            continue
        index, name, size, md5 = int(m[1]), m[2], int(m[3]), m[4]
        body: list[str] = []
        while i < len(lines):
            end = END_RE.search(lines[i])
            if end and int(end[1]) == index and end[2] == name:
                break
            body.append(lines[i])
            i += 1
        i += 1
        data = _decode(body, size, md5)
        if data is None:
            report.damaged.append(f"{index}/{name}")
        else:
            report.blocks.setdefault(index, {})[name] = data
    return report


def parse_out_line(line: str) -> tuple[int, int, bytes] | None:
    """(domU index, console offset, bytes) of an intact @@PYUK-OUT line, else None."""
    m = OUT_RE.search(line.rstrip("\r\n"))
    if not m:
        return None
    try:
        data = base64.b64decode(m[4], validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(data) != int(m[3]):
        return None
    return int(m[1]), int(m[2]), data


class ConsoleStream:
    """Hands each domU's console bytes to `deliver` in order, from streamed lines.

    A damaged line leaves a gap; what follows a gap waits for finish(), which
    delivers the rest from the console the result block carried.
    """

    def __init__(self, deliver: Callable[[int, bytes], None]) -> None:
        self.deliver = deliver
        self.delivered: dict[int, int] = {}
        self.pending = b""

    def feed(self, serial: bytes) -> None:
        """New serial bytes, in order; complete lines are handled at once."""
        self.pending += serial
        *lines, self.pending = self.pending.split(b"\n")
        for raw in lines:
            if b"@@PYUK-OUT " not in raw:
                continue
            parsed = parse_out_line(raw.decode("latin-1"))
            if parsed is None:
                continue
            index, offset, data = parsed
            done = self.delivered.get(index, 0)
            if offset <= done < offset + len(data):
                self.deliver(index, data[done - offset :])
                self.delivered[index] = offset + len(data)

    def finish(self, index: int, console: bytes) -> None:
        """Delivers what the stream missed of domU `index`'s whole console."""
        done = self.delivered.get(index, 0)
        if done < len(console):
            self.deliver(index, console[done:])
            self.delivered[index] = len(console)
