"""Where the harness keeps what it builds, and how it names it by content.

Everything the harness builds is a pure function of its inputs, so each
artefact lives under a name derived from a hash of those inputs: a changed
input means a new name, never a stale hit.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from pathlib import Path

from pyuk import paths

STALE_S = 24 * 3600


def cache_root() -> Path:
    """The harness's cache folder: xenhost/ in pyuk's cache (pyuk.paths.cache_root)."""
    path = paths.cache_root() / "xenhost"
    path.mkdir(parents=True, exist_ok=True)
    return path


def digest(*parts: bytes | str) -> str:
    """A short hex key for a sequence of inputs (length-prefixed, so unambiguous)."""
    h = hashlib.sha256()
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()[:20]


def file_digest(path: Path) -> str:
    """Hash of a file's bytes."""
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()[:20]


def write_atomic(path: Path, data: bytes) -> None:
    """Write a cache file so that readers never see a half-written one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-" + path.name)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def prune(keep: Path, pattern: str) -> None:
    """Drop older builds of the same kind (`pattern`) unused for a day.

    The age limit leaves alone what another checkout may still be using.
    """
    now = time.time()
    for old in keep.parent.glob(pattern):
        if old != keep and now - old.stat().st_atime > STALE_S:
            old.unlink(missing_ok=True)
