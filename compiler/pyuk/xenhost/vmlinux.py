"""Extracts the ELF vmlinux from an x86 bzImage.

Xen's PV dom0 builder takes the ELF directly; handing it the bzImage would
make Xen unpack the XZ payload itself, which costs ~2.6 s under QEMU TCG.
"""

from __future__ import annotations

import gzip
import lzma
import struct


def extract_vmlinux(bzimage: bytes) -> bytes:
    """The ELF inside a bzImage (setup header fields payload_offset/length)."""
    if bzimage[0x202:0x206] != b"HdrS":
        raise ValueError("not a bzImage (no HdrS setup header)")
    setup_sects = bzimage[0x1F1] or 4
    payload_off, payload_len = struct.unpack_from("<II", bzimage, 0x248)
    start = (setup_sects + 1) * 512 + payload_off
    payload = bzimage[start : start + payload_len]
    if payload.startswith(b"\xfd7zXZ\x00"):
        elf = lzma.LZMADecompressor(format=lzma.FORMAT_XZ).decompress(payload)
    elif payload.startswith(b"\x1f\x8b"):
        elf = gzip.decompress(payload)
    else:
        raise ValueError(f"unsupported bzImage payload compression: {payload[:6]!r}")
    if not elf.startswith(b"\x7fELF"):
        raise ValueError("bzImage payload is not an ELF")
    return elf
