"""A writer for the Linux initramfs format (cpio "newc"), in memory.

Written here rather than piping `find | cpio` so that archives are
reproducible (fixed owners and times), can hold device nodes without root,
and can be made from bytes that never touch the disk (the per-run job).
"""

from __future__ import annotations

import gzip
import stat
from dataclasses import dataclass, field


@dataclass
class Archive:
    """Entries keyed by path (no leading slash); parents are added implicitly."""

    entries: dict[str, tuple[int, bytes, int]] = field(default_factory=dict)

    def _parents(self, path: str) -> None:
        parts = path.split("/")[:-1]
        for i in range(1, len(parts) + 1):
            parent = "/".join(parts[:i])
            if parent not in self.entries:
                self.entries[parent] = (stat.S_IFDIR | 0o755, b"", 0)

    def dir(self, path: str, mode: int = 0o755) -> None:
        path = path.strip("/")
        self._parents(path)
        self.entries[path] = (stat.S_IFDIR | mode, b"", 0)

    def file(self, path: str, data: bytes, mode: int = 0o644) -> None:
        path = path.strip("/")
        self._parents(path)
        self.entries[path] = (stat.S_IFREG | mode, data, 0)

    def symlink(self, path: str, target: str) -> None:
        path = path.strip("/")
        self._parents(path)
        self.entries[path] = (stat.S_IFLNK | 0o777, target.encode(), 0)

    def chardev(self, path: str, major: int, minor: int, mode: int = 0o600) -> None:
        path = path.strip("/")
        self._parents(path)
        self.entries[path] = (stat.S_IFCHR | mode, b"", (major << 8) | minor)

    def __contains__(self, path: str) -> bool:
        return path.strip("/") in self.entries

    def to_bytes(self) -> bytes:
        """The archive, parents before children, ending with the trailer."""
        out = bytearray()
        names = sorted(self.entries, key=lambda p: (p.count("/"), p))
        for ino, name in enumerate(names, start=1):
            mode, data, rdev = self.entries[name]
            _append(out, name, ino, mode, data, rdev)
        _append(out, "TRAILER!!!", 0, 0, b"", 0)
        return bytes(out)

    def to_gzip(self, level: int = 6) -> bytes:
        """The archive gzip-compressed, as the kernel unpacks it; mtime 0 for reproducibility."""
        return gzip.compress(self.to_bytes(), compresslevel=level, mtime=0)


def _pad4(out: bytearray) -> None:
    out.extend(b"\0" * (-len(out) % 4))


def _append(out: bytearray, name: str, ino: int, mode: int, data: bytes, rdev: int) -> None:
    encoded = name.encode() + b"\0"
    nlink = 2 if stat.S_ISDIR(mode) else 1
    fields = (ino, mode, 0, 0, nlink, 0, len(data), 0, 0, rdev >> 8, rdev & 0xFF, len(encoded), 0)
    out.extend(b"070701" + b"".join(b"%08X" % f for f in fields))
    out.extend(encoded)
    _pad4(out)
    out.extend(data)
    _pad4(out)
