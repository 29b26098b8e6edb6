"""Runs a batch of domUs in one boot of the Xen host and returns their results."""

from __future__ import annotations

import io
import shutil
import tarfile
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from . import framing, qemu
from .hostimage import build_host_image
from .job import build_job
from .spec import Batch, DomU, DomUResult

BOOT_BUDGET_S = 90.0  # QEMU start to toolstack up is ~8 s; this is a hang guard
PER_DOMAIN_OVERHEAD_S = 20.0  # create, xenstore, destroy, reporting


class XenHostError(RuntimeError):
    """The host itself failed (not a domU): no boot, a hang, damaged results.

    partial holds the results that did come back; serial the whole console.
    """

    def __init__(self, message: str, serial: bytes, partial: list[DomUResult]) -> None:
        tail = serial[-4000:].decode("latin-1")
        super().__init__(f"{message}\n--- last serial output ---\n{tail}")
        self.serial = serial
        self.partial = partial


def _meta(data: bytes) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in data.decode(errors="replace").splitlines():
        key, sep, value = line.partition("=")
        if sep:
            out[key] = value
    return out


def _seconds(meta: dict[str, str], key: str) -> float:
    try:
        return int(meta[key]) / 1e6
    except (KeyError, ValueError):
        return 0.0


def _untar(data: bytes) -> dict[str, bytes]:
    """The files of one domU's result archive, by name."""
    out: dict[str, bytes] = {}
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        for member in tar.getmembers():
            f = tar.extractfile(member)
            if f is not None:
                out[member.name] = f.read()
    return out


def _result(blocks: dict[str, bytes]) -> DomUResult:
    meta = _meta(blocks.get("meta", b""))
    reason = meta.get("reason", "lost")
    written = "exit_status" in meta
    status: int | None
    try:
        status = int(meta["exit_status"].strip()) if written else None
    except ValueError:
        status = None
    if not written:
        status = {"poweroff": 0, "crash": 1}.get(reason)
    try:
        cpu_ns: int | None = int(meta["cpu_ns"])
    except (KeyError, ValueError):
        cpu_ns = None
    hook_status = meta.get("hook_status")
    return DomUResult(
        name=meta.get("name", "?"),
        domid=int(meta["domid"]) if meta.get("domid", "").isdigit() else None,
        reason=reason,
        exit_status=status,
        exit_status_written=written,
        console=blocks.get("console", b""),
        flags=meta.get("flags", ""),
        cpu_time_s=None if cpu_ns is None else cpu_ns / 1e9,
        cpu_ns=cpu_ns,
        idle_max_s=_seconds(meta, "idle_max_us"),
        blocked_seen=meta.get("blocked_seen") == "1",
        create_s=_seconds(meta, "t_create"),
        run_s=_seconds(meta, "t_run"),
        total_s=_seconds(meta, "t_total"),
        hook_output=blocks.get("hook"),
        hook_status=int(hook_status) if hook_status and hook_status.isdigit() else None,
        xen_log=blocks.get("xenlog", b"").decode(errors="replace"),
        toolstack_log=blocks.get("toolstack", b"").decode(errors="replace"),
        trace=blocks.get("trace", b"").decode(errors="replace"),
    )


def host_memory_mb(domus: Sequence[DomU], parallel: int, dom0_mb: int) -> int:
    """QEMU's RAM: dom0, Xen's own, and the largest domUs that run at once."""
    largest = sorted((d.memory_mb for d in domus), reverse=True)[: max(1, parallel)]
    return max(2048, dom0_mb + 256 + sum(m + 8 for m in largest))


def _check(domus: Sequence[DomU]) -> None:
    names = [d.name for d in domus]
    if len(set(names)) != len(names):
        raise ValueError(f"domU names must be unique: {names}")
    for d in domus:
        d.validate()


def _collect(domus: Sequence[DomU], run: qemu.Run, budget: float) -> list[DomUResult]:
    """The results dom0 reported; XenHostError if any is missing or damaged."""
    report = framing.parse(run.serial)
    results = [
        _result(_untar(report.blocks[i]["result"]))
        for i in range(len(domus))
        if "result" in report.blocks.get(i, {})
    ]
    problems = []
    if run.timed_out:
        problems.append(f"the Xen host did not finish within {budget:.0f} s")
    if report.errors:
        problems.append("dom0 /init failed: " + "; ".join(report.errors))
    if report.damaged:
        problems.append("damaged result blocks: " + ", ".join(report.damaged))
    missing = [d.name for i, d in enumerate(domus) if "result" not in report.blocks.get(i, {})]
    if missing:
        problems.append("no result for: " + ", ".join(missing))
    if "DONE" not in report.markers and not problems:
        problems.append(f"QEMU exited ({run.returncode}) before dom0 finished: {run.stderr}")
    if problems:
        raise XenHostError("; ".join(problems), run.serial, results)
    return results


def run_batch(
    domus: Sequence[DomU],
    *,
    parallel: int = 1,
    verbose: bool = False,
    boot_budget: float = BOOT_BUDGET_S,
    dom0_mb: int = 512,
    on_console: Callable[[DomU, bytes], None] | None = None,
) -> Batch:
    """Boots the Xen host once and runs every domU in it, `parallel` at a time.

    on_console: called with each domU's console bytes as dom0 streams them
    (every ~50 ms), in order and exactly once; what the stream lost arrives
    when the domU's result does.  Raises XenHostError if the host fails; a
    domU that crashes, hangs or cannot be created is a normal result, not an
    error.
    """
    _check(domus)
    t0 = time.monotonic()
    image = build_host_image()
    job = build_job(domus, parallel=parallel, verbose=verbose, stream=on_console is not None)
    stream = None
    if on_console is not None:
        report = on_console
        stream = framing.ConsoleStream(lambda i, data: report(domus[i], data))
    budget = boot_budget + sum(d.timeout + PER_DOMAIN_OVERHEAD_S for d in domus)
    work = Path(tempfile.mkdtemp(prefix="pyuk-xenhost-"))
    try:
        base = image.initramfs.read_bytes()
        initrd = work / "initrd.img"
        # a second gzip member: the kernel unpacks both into one rootfs
        initrd.write_bytes(base + b"\0" * (-len(base) % 4) + job)
        build_s = time.monotonic() - t0
        memory = host_memory_mb(domus, parallel, dom0_mb)
        run = qemu.boot(
            image.xen,
            image.vmlinux,
            initrd,
            work,
            budget,
            memory_mb=memory,
            dom0_mb=dom0_mb,
            verbose=verbose,
            on_serial=None if stream is None else stream.feed,
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    times = run.marker_times
    results = _collect(domus, run, budget)
    if stream is not None:
        stream.feed(b"\n")
        for i, r in enumerate(results):
            stream.finish(i, r.console)
    return Batch(
        results=results,
        dom0_boot_s=times.get("READY", 0.0),
        toolstack_s=times.get("TOOLSTACK", 0.0),
        batch_s=run.seconds,
        build_s=build_s,
        serial=run.serial,
    )


def run_domus(
    domus: Sequence[DomU], *, parallel: int = 1, verbose: bool = False
) -> list[DomUResult]:
    """Like run_batch, returning only the per-domU results, in order."""
    return run_batch(domus, parallel=parallel, verbose=verbose).results
