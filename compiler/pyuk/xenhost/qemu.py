"""Boots Xen + dom0 under QEMU (TCG) once and collects its serial console.

The serial port goes to a file, which QEMU never blocks on (a full pipe
would stall the UART and make Xen drop console bytes); a poll of that file
timestamps dom0's progress markers for the boot-cost figures.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .cache import cache_root

QEMU = "qemu-system-x86_64"

# Xen's command line.  smap/smep=0: a PV dom0 dies at once under TCG without
# it; bootscrub=0 saves seconds; a big serial buffer keeps bursts whole.
# xsave=0: with XSAVE, dom0's processes crash now and then (SIGSEGV, ld.so
# assertions) while a domU doing float work is switched in and out often
# (a domU looping on 1 ms sleeps beside a forking dom0 script: crashes in 3
# runs out of 3, none in 3 runs of 10 domUs with xsave=0): Xen then saves
# and restores FPU state with FXSAVE/FXRSTOR.
XEN_ARGS = (
    "console=com1 com1=115200,8n1 dom0_max_vcpus=1 guest_loglvl=all "
    "smap=0 smep=0 bootscrub=0 serial_tx_buffer=1M xsave=0"
)
DOM0_ARGS = "console=hvc0 earlyprintk=xen rdinit=/init"
MARKERS = (b"@@PYUK-READY", b"@@PYUK-TOOLSTACK", b"@@PYUK-DONE")


@dataclass
class Run:
    """One QEMU run: its console bytes, when markers appeared, how it ended."""

    serial: bytes
    marker_times: dict[str, float] = field(default_factory=dict)
    seconds: float = 0.0
    returncode: int | None = None
    timed_out: bool = False
    stderr: str = ""
    command: list[str] = field(default_factory=list)


@contextlib.contextmanager
def one_qemu_at_a_time() -> Iterator[None]:
    """Holds $PYUK_CACHE/qemu.lock: two TCG guests on 2 cores slow each other badly."""
    lock = cache_root().parent / "qemu.lock"
    with lock.open("a") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def _safe_link(folder: Path, name: str, target: Path) -> str:
    """QEMU's -initrd splits on commas and spaces, so hand it plain link names."""
    link = folder / name
    link.symlink_to(target.resolve())
    return str(link)


def boot(
    xen: Path,
    vmlinux: Path,
    initrd: Path,
    workdir: Path,
    timeout: float,
    memory_mb: int = 2048,
    dom0_mb: int = 512,
    verbose: bool = False,
    on_serial: Callable[[bytes], None] | None = None,
) -> Run:
    """Runs QEMU until dom0 reboots (QEMU exits) or `timeout` seconds pass.

    on_serial gets the console's bytes as they come (every 50 ms)."""
    serial_path = workdir / "serial.log"
    xen_l = _safe_link(workdir, "xen", xen)
    vml_l = _safe_link(workdir, "vmlinux", vmlinux)
    ird_l = _safe_link(workdir, "initrd", initrd)
    xen_args = f"{XEN_ARGS} dom0_mem={dom0_mb}M,max:{dom0_mb}M"
    if verbose:
        xen_args += " loglvl=all"
    dom0_args = DOM0_ARGS if verbose else DOM0_ARGS + " quiet"
    cmd = [
        QEMU,
        "-accel",
        "tcg,thread=multi",
        "-cpu",
        "max",
        "-smp",
        "1",
        "-m",
        str(memory_mb),
        "-nographic",
        "-no-reboot",
        "-nic",
        "none",
        "-monitor",
        "none",
        "-serial",
        f"file:{serial_path}",
        "-kernel",
        xen_l,
        "-append",
        xen_args,
        "-initrd",
        f"{vml_l} {dom0_args},{ird_l}",
    ]
    with one_qemu_at_a_time():
        return _run(cmd, serial_path, timeout, on_serial)


def _run(
    cmd: list[str],
    serial_path: Path,
    timeout: float,
    on_serial: Callable[[bytes], None] | None = None,
) -> Run:
    t0 = time.monotonic()
    run = Run(serial=b"", command=cmd)
    watcher = _MarkerWatch(serial_path, t0, on_serial)
    with subprocess.Popen(
        cmd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    ) as proc:
        try:
            while True:
                try:
                    proc.wait(timeout=0.05)
                    break
                except subprocess.TimeoutExpired:
                    pass
                watcher.poll(run)
                if time.monotonic() - t0 > timeout:
                    run.timed_out = True
                    os.killpg(proc.pid, 9)
                    proc.wait()
                    break
        except BaseException:  # Ctrl-C, or an observer that failed: QEMU goes too
            os.killpg(proc.pid, 9)
            raise
        run.seconds = time.monotonic() - t0
        run.returncode = proc.returncode
        run.stderr = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    watcher.poll(run)
    run.serial = serial_path.read_bytes() if serial_path.exists() else b""
    return run


class _MarkerWatch:
    """Notes when each marker first appears, reading only what is new, and
    hands the new bytes to an observer if there is one."""

    def __init__(
        self, path: Path, t0: float, observer: Callable[[bytes], None] | None = None
    ) -> None:
        self.path, self.t0 = path, t0
        self.observer = observer
        self.offset = 0
        self.tail = b""

    def poll(self, run: Run) -> None:
        if len(run.marker_times) == len(MARKERS) and self.observer is None:
            return
        try:
            with self.path.open("rb") as f:
                f.seek(self.offset)
                new = f.read()
        except FileNotFoundError:
            return
        if not new:
            return
        self.offset += len(new)
        if self.observer is not None:
            self.observer(new)
        window = self.tail + new
        self.tail = window[-32:]
        now = time.monotonic() - self.t0
        for m in MARKERS:
            name = m.decode().removeprefix("@@PYUK-")
            if name not in run.marker_times and m in window:
                run.marker_times[name] = now
