"""Differential testing: the same program under CPython and compiled by pyuk
for unix, kvm and xen, with outputs compared byte for byte.

Kernels are tested in batches: one image runs many programs in turn
(``pyuk_batch_begin``/``pyuk_batch_end`` frame each program's console output
and carry its exit status), so the suite boots a kernel per batch, not per
program.  A kernel has one console, so its output is compared with
CPython's stdout and stderr merged in program order (``python3 -u``).
Tracebacks are compared on CPython's report lines only: CPython also prints
source lines and carets, which pyuk does not.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from pyuk.driver.compile import CompileOptions, compile_program
from pyuk.driver.run import (
    decode_debug_exit,
    filter_xen_console,
    kvm_command,
    xen_dom0_command,
)

ROOT = Path(__file__).resolve().parents[1]
CPYTHON_TIMEOUT = 120
KERNEL_TIMEOUT = 600


@dataclass
class Outcome:
    stdout: str
    stderr: str
    status: int


@dataclass
class ConsoleOutcome:
    """A program's console output (stdout and stderr merged) and status."""

    console: str
    status: int


def mypy_cache_dir() -> Path:
    """One mypy cache per test session and worker: compiles never share one,
    not even with another pytest session running at the same time (the
    compiler drops cache entries of the modules it compiles)."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    session = os.environ.get("PYTEST_XDIST_TESTRUNUID") or f"pid{os.getpid()}"
    return Path(tempfile.gettempdir()) / "pyuk-mypy-tests" / session / worker


def run_cpython(source: Path, merged: bool = False) -> Outcome:
    """The reference: CPython running the program unbuffered; with
    ``merged``, stderr goes into stdout in program order."""
    result = subprocess.run(
        [sys.executable, "-u", str(source)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT if merged else subprocess.PIPE,
        timeout=CPYTHON_TIMEOUT,
        cwd=source.parent,
    )
    stderr = result.stderr.decode() if result.stderr is not None else ""
    return Outcome(result.stdout.decode(), stderr, result.returncode)


def report_lines(text: str) -> str:
    """Drops what only CPython prints in a traceback: the source line and
    caret lines below each ``File`` line."""
    out: list[str] = []
    in_frame = False
    for line in text.splitlines(keepends=True):
        if in_frame and line.startswith("    "):
            continue
        in_frame = line.startswith('  File "')
        out.append(line)
    return "".join(out)


def compile_unix(source: Path, out_dir: Path, opt: str = "2") -> Path:
    output = out_dir / source.stem
    compile_program(
        CompileOptions(source=source, target="unix", output=output, opt=opt,
                       mypy_cache=mypy_cache_dir())
    )
    return output


def run_unix(executable: Path, timeout: int = CPYTHON_TIMEOUT) -> Outcome:
    result = subprocess.run([str(executable)], capture_output=True, timeout=timeout)
    return Outcome(result.stdout.decode(), result.stderr.decode(), result.returncode)


def compile_batch(target: str, sources: list[Path], output: Path, opt: str = "2") -> Path:
    """One kernel that runs every program of ``sources`` in turn."""
    compile_program(
        CompileOptions(source=sources[0], batch=sources[1:], target=target, output=output,
                       opt=opt, mypy_cache=mypy_cache_dir())
    )
    return output


_BEGIN = re.compile(r"\x1epyuk-begin (\S+)\x1e\n")
_END = re.compile(r"\x1epyuk-end (\S+) (-?\d+)\x1e\n")


def split_batch_console(console: str) -> dict[str, ConsoleOutcome]:
    """Each program's console text and status, from a batch kernel's console.
    A program that never reached its end marker (the kernel died) is absent."""
    results: dict[str, ConsoleOutcome] = {}
    for begin in _BEGIN.finditer(console):
        name = begin.group(1)
        rest = console[begin.end():]
        end = _END.search(rest)
        if end is None or end.group(1) != name:
            break
        results[name] = ConsoleOutcome(rest[: end.start()], int(end.group(2)))
    return results


def run_kvm_batch(kernel: Path, memory_mb: int = 64) -> tuple[str, int]:
    command = kvm_command(kernel, memory_mb)
    result = subprocess.run(command, capture_output=True, timeout=KERNEL_TIMEOUT,
                            stdin=subprocess.DEVNULL)
    return result.stdout.decode(errors="replace"), decode_debug_exit(result.returncode)


def run_xen_dom0_batch(kernel: Path) -> tuple[str, int]:
    """Boots the kernel as Xen's PVH dom0; returns what it printed (Xen's
    own log filtered out, as ``pyuk run --dom0`` does) and its status."""
    result = subprocess.run(xen_dom0_command(kernel), capture_output=True,
                            timeout=KERNEL_TIMEOUT, stdin=subprocess.DEVNULL)
    out = BytesIO()
    filter_xen_console(BytesIO(result.stdout), out)
    return out.getvalue().decode(errors="replace"), decode_debug_exit(result.returncode)


def run_xen_domu_batches(kernels: list[Path], memory_mb: int = 64) -> list[tuple[str, int]]:
    """Boots the Xen host in QEMU once (pyuk.xenhost) and runs each batch
    kernel as a real domU, one after another, as ``xl create`` starts it:
    each one's PV console and exit status (from xenstore; None becomes -1)."""
    from pyuk.xenhost import DomU, run_batch

    batch = run_batch(
        [
            DomU(f"batch{i}", kernel, memory_mb=memory_mb, timeout=KERNEL_TIMEOUT)
            for i, kernel in enumerate(kernels)
        ]
    )
    return [
        (r.console.decode(errors="replace"), -1 if r.exit_status is None else r.exit_status)
        for r in batch.results
    ]
