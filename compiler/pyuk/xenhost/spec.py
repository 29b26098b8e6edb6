"""What a caller asks the harness to run, and what it gets back."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")

# Shutdown reasons Xen reports (xl list flags), plus the harness's own.
XEN_REASONS = ("poweroff", "reboot", "suspend", "crash", "watchdog", "soft_reset")
HARNESS_REASONS = ("timeout", "hook-done", "vanished", "create-failed")


@dataclass(frozen=True)
class DomU:
    """One PVH kernel to boot as a Xen domU.

    xenstore: keys written (owned by the domU, so it can read and write them)
    after `xl create -p` and before unpause; a relative key is under
    /local/domain/<domid>/.  extra_cfg: lines appended to the xl config.
    hook: a bash script dom0 runs once the domU is unpaused, with DOMID,
    DOMNAME, BRIDGE, DOM0_IP and DOMU_MAC (with vif) set; it is killed when the domU ends unless
    end_with_hook, in which case the domU is destroyed when the hook exits.
    vif: give the domU a network interface on dom0's bridge xenbr0
    (10.99.0.1/24), MAC 00:16:3e:00:00:<n>.
    """

    name: str
    kernel: Path
    memory_mb: int = 32
    xenstore: Mapping[str, str] = field(default_factory=dict)
    extra_cfg: Sequence[str] = ()
    timeout: float = 30.0
    cmdline: str | None = None
    vif: bool = False
    hook: str | None = None
    end_with_hook: bool = False

    def validate(self) -> None:
        """Refuse what xl or the dom0 scripts would mishandle, before booting anything."""
        if not NAME_RE.fullmatch(self.name):
            raise ValueError(f"domU name {self.name!r} must match {NAME_RE.pattern}")
        if not Path(self.kernel).is_file():
            raise FileNotFoundError(f"domU {self.name}: no kernel at {self.kernel}")
        if self.memory_mb < 1 or self.timeout <= 0:
            raise ValueError(f"domU {self.name}: memory and timeout must be positive")
        for key, value in self.xenstore.items():
            if not key or "\0" in key + value or "\n" in key:
                raise ValueError(f"domU {self.name}: bad xenstore entry {key!r}")
        if self.end_with_hook and self.hook is None:
            raise ValueError(f"domU {self.name}: end_with_hook needs a hook")


@dataclass(frozen=True)
class DomUResult:
    """How one domU ended, what it printed, and what it cost.

    reason: a Xen shutdown reason (poweroff, reboot, crash...) or the
    harness's (timeout, hook-done, vanished, create-failed).  exit_status:
    the domU's /local/domain/<domid>/data/exit-status if it wrote one,
    else 0 for poweroff and 1 for crash, else None.  Times are seconds:
    create_s is `xl create -p` plus the xenstore writes, run_s unpause to
    shutdown (or timeout), total_s create to destroyed.  cpu_ns: the CPU
    time Xen accounted to the domain, in ns, read at its shutdown (cpu_time_s
    is the same in seconds); blocked_seen: its vCPU was blocked in one of the
    polls dom0 makes every 20 ms while it runs; idle_max_s: the longest
    span between two polls over which its CPU time did not grow at all (a
    lower bound of its longest idle stretch: a sleep shows up here, a
    spin does not).  xen_log: Xen's
    lines about it (port 0xe9 output, faults), unless it powered off (they
    cost ~0.25 s to get); toolstack_log: what xl said;
    trace: the dom0 script's own stderr (its `set -x` when verbose).
    """

    name: str
    domid: int | None
    reason: str
    exit_status: int | None
    exit_status_written: bool
    console: bytes
    flags: str
    cpu_time_s: float | None
    blocked_seen: bool
    create_s: float
    run_s: float
    total_s: float
    hook_output: bytes | None = None
    hook_status: int | None = None
    xen_log: str = ""
    toolstack_log: str = ""
    trace: str = ""
    cpu_ns: int | None = None
    idle_max_s: float = 0.0

    @property
    def ok(self) -> bool:
        """Powered off by itself with exit status 0."""
        return self.reason == "poweroff" and self.exit_status == 0


@dataclass(frozen=True)
class Batch:
    """All results of one dom0 boot, with the harness's own costs in seconds.

    dom0_boot_s: QEMU start to dom0's /init; toolstack_s: QEMU start to the
    toolstack being up; batch_s: QEMU start to QEMU exit; build_s: preparing
    the boot files and the job (cache hits make it small).
    """

    results: list[DomUResult]
    dom0_boot_s: float
    toolstack_s: float
    batch_s: float
    build_s: float
    serial: bytes = b""

    def __getitem__(self, name: str) -> DomUResult:
        for r in self.results:
            if r.name == name:
                return r
        raise KeyError(name)
