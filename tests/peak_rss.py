"""A program's own peak RSS, for the memory tests.

Measured by bench/timer, which forks the program from a small process.  A
child of the pytest process would carry pytest's high-water mark over its
exec (Linux keeps the pre-exec figure in ru_maxrss), and RUSAGE_CHILDREN
is the largest of every child ever waited for, so neither says anything
about the program.
"""

from __future__ import annotations

import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

TIMER_SOURCE = Path(__file__).resolve().parent.parent / "bench" / "timer.c"
_timer: Path | None = None


@dataclass
class Measured:
    status: int
    stdout: str
    stderr: str
    peak_kib: int


def _timer_binary() -> Path:
    global _timer
    if _timer is None:
        out = Path(tempfile.mkdtemp(prefix="pyuk-timer-")) / "timer"
        subprocess.run(["gcc", "-O2", "-o", str(out), str(TIMER_SOURCE)], check=True)
        _timer = out
    return _timer


def run_measured(command: list[str], timeout: float = 300) -> Measured:
    """Runs command; its exit status, output and peak RSS in KiB."""
    with tempfile.TemporaryDirectory(prefix="pyuk-rss-") as tmp:
        report = Path(tmp) / "report"
        proc = subprocess.run([str(_timer_binary()), str(report), *command],
                              capture_output=True, text=True, timeout=timeout,
                              stdin=subprocess.DEVNULL)
        status, _wall_ns, _user_us, _system_us, peak_kib = map(int, report.read_text().split())
    return Measured(status, proc.stdout, proc.stderr, peak_kib)
