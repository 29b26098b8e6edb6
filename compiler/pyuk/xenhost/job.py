"""Turns a batch of DomU specs into the job archive that dom0's /init runs.

The job travels as a second initramfs segment appended to the cached base
image, so a new batch costs only gzip of its kernels, never a rebuild.
"""

from __future__ import annotations

import hashlib
import shlex
from collections.abc import Sequence
from pathlib import Path

from .cpio import Archive
from .spec import DomU


def _quote_cfg(value: str) -> str:
    if any(c in value for c in '"\\\n'):
        raise ValueError(
            f"xl config strings cannot hold quotes, backslashes or newlines: {value!r}"
        )
    return f'"{value}"'


def domu_config(index: int, d: DomU, kernel_path: str) -> str:
    """The xl config: PVH, preserved after any shutdown so the harness can inspect it."""
    lines = [
        f"name = {_quote_cfg(d.name)}",
        'type = "pvh"',
        f"kernel = {_quote_cfg(kernel_path)}",
        f"memory = {int(d.memory_mb)}",
        "vcpus = 1",
        'on_poweroff = "preserve"',
        'on_reboot = "preserve"',
        'on_crash = "preserve"',
        'on_watchdog = "preserve"',
    ]
    if d.cmdline is not None:
        lines.append(f"cmdline = {_quote_cfg(d.cmdline)}")
    if d.vif:
        lines.append(f"vif = [ 'bridge=xenbr0,mac={vif_mac(index)}' ]")
    lines += list(d.extra_cfg)
    return "\n".join(lines) + "\n"


def vif_mac(index: int) -> str:
    """The MAC of the index-th domU's vif (Xen's OUI 00:16:3e)."""
    return f"00:16:3e:00:{(index + 2) >> 8:02x}:{(index + 2) & 0xFF:02x}"


def xenstore_script(d: DomU) -> str:
    """Writes the domU's keys and hands them to it (owner = the domU)."""
    lines = ["set -e"]
    for key, value in d.xenstore.items():
        path = (
            shlex.quote(key)
            if key.startswith("/")
            else '"/local/domain/$DOMID/"' + shlex.quote(key)
        )
        lines.append(f"xenstore-write -- {path} {shlex.quote(value)}")
        lines.append(f'xenstore-chmod -- {path} "n$DOMID"')
    return "\n".join(lines) + "\n"


def kernel_path(kernel: Path) -> str:
    """Where dom0 finds a batch's kernel: a hook may start it again (by content)."""
    return f"/job/k/{hashlib.sha256(Path(kernel).read_bytes()).hexdigest()[:16]}.elf"


def build_job(
    domus: Sequence[DomU], parallel: int = 1, verbose: bool = False, stream: bool = False
) -> bytes:
    """The gzip'd cpio segment holding /job: settings, kernels, one folder per domU.

    stream: dom0 copies each console onto the serial line as it grows."""
    a = Archive()
    network = any(d.vif for d in domus)
    a.file(
        "job/job.sh",
        (
            f"COUNT={len(domus)}\nPARALLEL={max(1, parallel)}\n"
            f"NETWORK={int(network)}\nVERBOSE={int(verbose)}\n"
        ).encode(),
    )
    for i, d in enumerate(domus):
        path = kernel_path(d.kernel)
        if path not in a:
            a.file(path, Path(d.kernel).read_bytes())
        base = f"job/d/{i}"
        a.file(f"{base}/name", d.name.encode())
        a.file(f"{base}/timeout_us", str(int(d.timeout * 1_000_000)).encode())
        a.file(f"{base}/domu.cfg", domu_config(i, d, path).encode())
        if d.xenstore:
            a.file(f"{base}/xenstore.sh", xenstore_script(d).encode())
        if d.vif:
            a.file(f"{base}/mac", vif_mac(i).encode())
        if d.hook is not None:
            a.file(f"{base}/hook.sh", d.hook.encode())
        if d.end_with_hook:
            a.file(f"{base}/end_with_hook", b"")
        if stream:
            a.file(f"{base}/stream", b"")
    return a.to_gzip(level=1)
