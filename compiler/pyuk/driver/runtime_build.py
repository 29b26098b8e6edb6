"""Compiles runtime-c/ for a target into a cached static library.

The cache key covers every source and header, the flags and the gcc
version, so editing the runtime rebuilds it and nothing else does.
Compilation runs in parallel; the archive appears atomically, so several
compiler processes can share the cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from pathlib import Path

from pyuk.driver.targets import COMMON_CFLAGS, Target
from pyuk.paths import cache_root, runtime_dir


class RuntimeBuildError(Exception):
    """gcc or ar failed; the message holds their output."""


@cache
def _gcc_version() -> str:
    out = subprocess.run(["gcc", "--version"], capture_output=True, text=True, check=True)
    return out.stdout.splitlines()[0]


def runtime_sources(target: Target) -> list[Path]:
    root = runtime_dir()
    sources: list[Path] = []
    for folder in target.folders:
        sources += sorted(
            p for p in (root / folder).iterdir() if p.suffix in (".c", ".S")
        )
    return sources


def cflags(target: Target) -> list[str]:
    return [*COMMON_CFLAGS, *target.extra_cflags, f"-I{runtime_dir() / 'include'}"]


def _cache_key(target: Target) -> str:
    digest = hashlib.sha256()
    digest.update(_gcc_version().encode())
    digest.update(" ".join(cflags(target)).encode())
    root = runtime_dir()
    inputs = runtime_sources(target) + sorted((root / "include").rglob("*.h"))
    inputs += sorted(p for folder in target.folders for p in (root / folder).glob("*.h"))
    for path in inputs:
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _compile(source: Path, obj: Path, flags: list[str]) -> None:
    result = subprocess.run(
        ["gcc", *flags, "-c", str(source), "-o", str(obj)], capture_output=True, text=True
    )
    if result.returncode != 0:
        raise RuntimeBuildError(f"compiling {source}:\n{result.stderr}")


def runtime_library(target: Target) -> Path:
    """The path of libpyuk-<target>.a, building it if the cache lacks it."""
    key = _cache_key(target)
    out_dir = cache_root() / "runtime" / f"{target.name}-{key}"
    library = out_dir / f"libpyuk-{target.name}.a"
    if library.exists():
        return library
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f"{target.name}-", dir=out_dir.parent))
    try:
        flags = cflags(target)
        sources = runtime_sources(target)
        objects = [work / f"{src.parent.name}-{src.name}.o" for src in sources]
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            list(pool.map(_compile, sources, objects, [flags] * len(sources)))
        archive = work / library.name
        result = subprocess.run(
            ["ar", "rcs", str(archive), *map(str, objects)], capture_output=True, text=True
        )
        if result.returncode != 0:
            raise RuntimeBuildError(f"ar failed:\n{result.stderr}")
        final = work / "final"
        final.mkdir()
        archive.rename(final / library.name)
        with contextlib.suppress(OSError):  # another process built it first
            final.rename(out_dir)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return library
