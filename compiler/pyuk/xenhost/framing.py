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
from dataclasses import dataclass, field

BLOCK_RE = re.compile(r"@@PYUK-BLOCK (\d+) (\w+) (\d+) ([0-9a-f]{32})")
END_RE = re.compile(r"@@PYUK-END (\d+) (\w+)")
B64_LINE = re.compile(r"[A-Za-z0-9+/=]+")
NOISE_RE = re.compile(r"\((?:XEN|d\d+)\)[^\n]*\n")


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
