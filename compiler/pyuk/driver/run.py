"""Runs a compiled program on its target and returns its exit status.

unix runs directly; kvm boots the kernel in QEMU (TCG; KVM with
PYUK_QEMU_ACCEL=kvm) and reads the exit status back through QEMU's
isa-debug-exit device; xen --dom0 boots Debian's Xen in QEMU with the kernel
as a PVH dom0 and strips Xen's own log from the console.
"""

from __future__ import annotations

import gzip
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import IO

from pyuk.paths import cache_root

XEN_GZ = Path("/boot/xen-4.17-amd64.gz")
DEBUG_EXIT = ["-device", "isa-debug-exit,iobase=0xf4,iosize=4"]
QEMU_QUIET = ["-nodefaults", "-no-user-config", "-nographic", "-no-reboot"]
# SeaBIOS would print its banner on the serial console before the kernel's
# output; QEMU warns about the name of this setting, which we filter out.
SEABIOS_QUIET = ["-fw_cfg", "name=etc/sercon-port,string=0"]
_SEABIOS_WARNING = b"externally provided fw_cfg item names"


class RunError(Exception):
    """The program could not be started (missing QEMU, Xen...)."""


def _qemu() -> str:
    qemu = shutil.which("qemu-system-x86_64")
    if qemu is None:
        raise RunError(
            "qemu-system-x86_64 is not installed: apt-get install qemu-system-x86"
        )
    return qemu


def _accel() -> list[str]:
    """TCG unless PYUK_QEMU_ACCEL=kvm: /dev/kvm can exist and still fail."""
    if os.environ.get("PYUK_QEMU_ACCEL") == "kvm":
        return ["-accel", "kvm", "-cpu", "host"]
    return ["-accel", "tcg", "-cpu", "max"]


def decode_debug_exit(status: int) -> int:
    """QEMU exits with (v << 1) | 1 when the kernel writes v to port 0xf4.
    Any other status means the kernel stopped without reporting one."""
    if status & 1:
        return status >> 1
    print(f"pyuk: the kernel stopped without an exit status (QEMU status {status})",
          file=sys.stderr)
    return 1


def run_unix(executable: Path, args: list[str]) -> int:
    return subprocess.run([str(executable), *args]).returncode


def kvm_command(kernel: Path, memory_mb: int, extra: list[str] | None = None) -> list[str]:
    return [
        _qemu(), *_accel(), *QEMU_QUIET, *SEABIOS_QUIET, "-m", str(memory_mb),
        "-serial", "stdio", *DEBUG_EXIT, *(extra or []), "-kernel", str(kernel),
    ]


def _forward_stderr(stream: IO[bytes]) -> None:
    for line in iter(stream.readline, b""):
        if _SEABIOS_WARNING not in line:
            sys.stderr.buffer.write(line)
            sys.stderr.buffer.flush()


def run_kvm(kernel: Path, memory_mb: int = 64) -> int:
    process = subprocess.Popen(
        kvm_command(kernel, memory_mb), stdin=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    assert process.stderr is not None
    _forward_stderr(process.stderr)
    return decode_debug_exit(process.wait())


def xen_hypervisor() -> Path:
    """Debian's Xen, gunzipped once into the cache (QEMU wants it raw)."""
    if not XEN_GZ.exists():
        raise RunError(f"{XEN_GZ} is missing: apt-get install xen-hypervisor-4.17-amd64")
    xen = cache_root() / "xen" / "xen-4.17"
    if not xen.exists() or xen.stat().st_mtime < XEN_GZ.stat().st_mtime:
        xen.parent.mkdir(parents=True, exist_ok=True)
        tmp = xen.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(gzip.decompress(XEN_GZ.read_bytes()))
        tmp.replace(xen)
    return xen


def xen_dom0_command(kernel: Path, memory_mb: int = 512) -> list[str]:
    return [
        _qemu(), "-accel", "tcg", "-cpu", "max", *QEMU_QUIET, "-m", str(memory_mb),
        "-serial", "stdio", *DEBUG_EXIT, "-kernel", str(xen_hypervisor()),
        "-initrd", str(kernel), "-append", "console=com1 dom0=pvh dom0-iommu=none",
    ]


_DOM0_STARTS = re.compile(rb"\(XEN\) Freed \d+kB init memory")


def filter_xen_console(stream: IO[bytes], out: IO[bytes]) -> None:
    """Copies what dom0 printed, line by line as it comes: Xen's own log
    lines start with "(XEN)" and Xen's serial driver ends lines with CRLF."""
    started = False
    for line in iter(stream.readline, b""):
        if not started:
            started = bool(_DOM0_STARTS.search(line))
            continue
        if line.startswith(b"(XEN)"):
            continue
        out.write(line.replace(b"\r\n", b"\n"))
        out.flush()


def run_xen_dom0(kernel: Path, out: IO[bytes] | None = None) -> int:
    process = subprocess.Popen(
        xen_dom0_command(kernel), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE
    )
    assert process.stdout is not None
    filter_xen_console(process.stdout, out or sys.stdout.buffer)
    return decode_debug_exit(process.wait())
