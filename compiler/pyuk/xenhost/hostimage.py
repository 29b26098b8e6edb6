"""Builds (once, cached) the three files QEMU boots: Xen, the dom0 kernel, its initramfs.

Keys are the installed package versions plus the size and mtime of every
host file copied and the contents of our own scripts, so an upgrade or an
edit of /init rebuilds, and nothing else does.
"""

from __future__ import annotations

import gzip
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from . import deps
from .cache import cache_root, digest, prune, write_atomic
from .rootfs import (
    HELPER_SOURCE,
    INIT_SCRIPT,
    XL_RUN_SCRIPT,
    build_rootfs,
    find_dom0_kernel,
    host_files,
)
from .vmlinux import extract_vmlinux

XEN_GZ = Path("/boot/xen-4.17-amd64.gz")
HERE = Path(__file__).resolve().parent
BUILDER_SOURCES = ("rootfs.py", "cpio.py", "hostimage.py")


@dataclass(frozen=True)
class HostImage:
    """Paths of the cached boot files, and whether this call had to build any."""

    xen: Path
    vmlinux: Path
    initramfs: Path
    kernel_version: str
    built: tuple[str, ...]
    seconds: float


def _stat_key(paths: list[str]) -> str:
    parts = []
    for p in paths:
        st = Path(p).stat()
        parts.append(f"{p}:{st.st_size}:{st.st_mtime_ns}")
    return "\n".join(parts)


HELPER_CFLAGS = ("-O2", "-std=gnu11", "-Wall", "-Wextra", "-Werror")


def build_helper(version_key: str) -> bytes:
    """dom0's pyuk-helper (helper.c against libxenctrl and libxenstore), cached by
    source and packages."""
    source = HELPER_SOURCE.read_bytes()
    out = cache_root() / f"pyuk-helper-{digest(version_key, source, ' '.join(HELPER_CFLAGS))}"
    if not out.exists():
        with tempfile.TemporaryDirectory(prefix="pyuk-helper-") as tmp:
            binary = Path(tmp) / "pyuk-helper"
            proc = subprocess.run(
                [
                    "gcc",
                    *HELPER_CFLAGS,
                    "-o",
                    str(binary),
                    str(HELPER_SOURCE),
                    "-lxenctrl",
                    "-lxenstore",
                ],
                capture_output=True,
                text=True,
                check=False,
            )
            if proc.returncode:
                raise RuntimeError(f"building pyuk-helper failed:\n{proc.stderr}")
            write_atomic(out, binary.read_bytes())
        prune(out, "pyuk-helper-*")
    return out.read_bytes()


def build_host_image() -> HostImage:
    """The boot files, built now if any input changed since the cached ones."""
    t0 = time.monotonic()
    versions = deps.require()
    if not XEN_GZ.exists():
        raise deps.MissingPackages(["xen-hypervisor-4.17-amd64"])
    kernel = find_dom0_kernel()
    root = cache_root()
    built: list[str] = []
    version_key = "\n".join(f"{k}={v}" for k, v in sorted(versions.items()))

    xen = root / f"xen-{digest(version_key, _stat_key([str(XEN_GZ)]))}"
    if not xen.exists():
        write_atomic(xen, gzip.decompress(XEN_GZ.read_bytes()))
        built.append("xen")
        prune(xen, "xen-*")

    vmlinux = root / f"vmlinux-{kernel.version}-{digest(_stat_key([str(kernel.bzimage)]))}"
    if not vmlinux.exists():
        write_atomic(vmlinux, extract_vmlinux(kernel.bzimage.read_bytes()))
        built.append("vmlinux")
        prune(vmlinux, "vmlinux-*")

    sources = [(HERE / s).read_bytes() for s in BUILDER_SOURCES]
    key = digest(
        version_key,
        kernel.version,
        _stat_key(host_files(kernel)),
        INIT_SCRIPT.read_bytes(),
        XL_RUN_SCRIPT.read_bytes(),
        HELPER_SOURCE.read_bytes(),
        *sources,
    )
    initramfs = root / f"dom0-initramfs-{key}.cpio.gz"
    if not initramfs.exists():
        helper = build_helper(version_key)
        write_atomic(initramfs, build_rootfs(kernel, helper).to_gzip(level=6))
        built.append("initramfs")
        prune(initramfs, "dom0-initramfs-*")
    return HostImage(xen, vmlinux, initramfs, kernel.version, tuple(built), time.monotonic() - t0)
