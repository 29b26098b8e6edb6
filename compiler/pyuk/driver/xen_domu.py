"""Runs a xen kernel as a real Xen guest (domU): with this machine's own
toolstack when it is a Xen dom0, otherwise inside the Xen host in a box
(pyuk.xenhost: Xen 4.17 and a Debian dom0 booted in QEMU).

Either way the domain is created paused from the kernel's ``.xl`` config,
its PV console is streamed to stdout as it comes, and the exit status is the
one the kernel wrote to xenstore (``data/exit-status``) before shutting down.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from pyuk.driver.run import RunError

XL_RUN = Path(__file__).resolve().parents[1] / "xenhost" / "dom0" / "xl-run"
VIA = ("auto", "xl", "qemu")
# Exit statuses of pyuk-xl-run besides the program's own.
XL_RUN_NO_STATUS, XL_RUN_CREATE_FAILED, XL_RUN_INTERRUPTED = 124, 125, 130


def xl_usable() -> bool:
    """True on a Xen dom0 where xl can create domains: the toolstack is
    installed, this kernel runs under Xen as the control domain, and we are
    root (xl needs /dev/xen/privcmd and xenstored)."""
    try:
        capabilities = Path("/proc/xen/capabilities").read_text()
    except OSError:
        return False
    return (
        "control_d" in capabilities
        and os.geteuid() == 0
        and _which("xl") is not None
        and _which("xenstore-read") is not None
    )


def _which(program: str) -> str | None:
    import shutil

    extra = os.pathsep.join(("/usr/sbin", "/usr/lib/xen-4.17/bin"))
    return shutil.which(program, path=os.environ.get("PATH", "") + os.pathsep + extra)


def domain_name(kernel: Path) -> str:
    """A valid Xen domain name from the kernel's file name."""
    name = re.sub(r"[^A-Za-z0-9_.-]", "-", kernel.stem).lstrip("-._") or "pyuk"
    return name[:64]


def run_xen_xl(kernel: Path, config: Path, memory_mb: int | None = None) -> int:
    """``xl create`` on this machine (it must be a Xen dom0): streams the console,
    returns the program's exit status."""
    if not config.exists():
        raise RunError(f"{config} is missing: compile with -t xen to write it")
    overrides = [] if memory_mb is None else [f"memory={int(memory_mb)}"]
    status = subprocess.run(
        ["bash", str(XL_RUN), str(config), domain_name(kernel), *overrides],
        stdin=subprocess.DEVNULL,
    ).returncode
    if status == XL_RUN_CREATE_FAILED:
        raise RunError(f"xl could not create the domain from {config}")
    if status == XL_RUN_NO_STATUS:
        print("pyuk: the domU rebooted, suspended or vanished without an exit status",
              file=sys.stderr)
        return 1
    return status


def run_xen_via_qemu(
    kernel: Path, memory_mb: int | None = None, timeout: float | None = None
) -> int:
    """Boots the Xen host in QEMU and runs the kernel as its one domU: ~7 s
    of dom0 boot, then the program; its console is streamed to stdout."""
    from pyuk.xenhost import DomU, MissingPackages, XenHostError, run_batch

    out = sys.stdout.buffer

    def show(_: DomU, data: bytes) -> None:
        out.write(data)
        out.flush()

    domu = DomU(
        domain_name(kernel),
        kernel,
        memory_mb=memory_mb or 32,
        timeout=timeout or 24 * 3600.0,
    )
    if sys.stderr.isatty():
        print("pyuk: booting Xen 4.17 and a Linux dom0 in QEMU, then the program as a "
              "domU (about 7 s before it starts)", file=sys.stderr, flush=True)
    try:
        batch = run_batch([domu], on_console=show)
    except MissingPackages as exc:
        raise RunError(str(exc)) from None
    except XenHostError as exc:
        raise RunError(f"the Xen host in QEMU failed: {exc}") from None
    result = batch.results[0]
    if result.exit_status is not None:
        return result.exit_status
    detail = result.toolstack_log.strip() if result.reason == "create-failed" else ""
    print(f"pyuk: the domU ended without an exit status ({result.reason})"
          + (f":\n{detail}" if detail else ""), file=sys.stderr)
    return 1
