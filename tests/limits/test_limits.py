"""Deep recursion never corrupts memory or hangs: a compiled program either
completes or raises a clean RecursionError (status 1), on every target."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.differential import (
    compile_batch,
    compile_unix,
    run_kvm_batch,
    run_unix,
    run_xen_dom0_batch,
    split_batch_console,
)

HERE = Path(__file__).resolve().parent
DEEP = HERE / "deep_recursion.py"
COMPLETED = "start\n100000\n"
RECURSION_REPORT = re.compile(
    r"start\nTraceback \(most recent call last\):\n"
    # like CPython, only the innermost 1000 frames are printed
    r'(  File ".*deep_recursion.py", line 13, in <module>\n'
    r'  File ".*deep_recursion.py", line 9, in main\n)?'
    r'(  File ".*deep_recursion.py", line 4, in depth\n){3}'
    r"  \[Previous line repeated \d+ more times\]\n"
    r"RecursionError: maximum recursion depth exceeded\n\Z"
)


def _check(console: str, status: int) -> None:
    if status == 0:
        assert console == COMPLETED
    else:
        assert status == 1
        assert RECURSION_REPORT.match(console), console[-2000:]


def test_unix_completes_on_its_large_stack(tmp_path: Path) -> None:
    result = run_unix(compile_unix(DEEP, tmp_path))
    assert (result.stdout, result.status) == (COMPLETED, 0)


@pytest.mark.parametrize("target", ["kvm", "xen"])
def test_kernel(target: str, tmp_path: Path) -> None:
    kernel = compile_batch(target, [DEEP], tmp_path / "deep.elf")
    console, _ = run_kvm_batch(kernel) if target == "kvm" else run_xen_dom0_batch(kernel)
    outcome = split_batch_console(console)["deep_recursion"]
    _check(outcome.console, outcome.status)
