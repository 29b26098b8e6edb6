"""Exception behaviour that CPython cannot be the reference for: what pyuk
does where its int is 64-bit, where memory runs out, and where recursion is
limited by the stack rather than a counter (docs/exceptions.md)."""

from __future__ import annotations

import re
import resource
import subprocess
from pathlib import Path

from tests.differential import compile_unix

HERE = Path(__file__).resolve().parent


def _run(program: str, tmp_path: Path, address_space: int | None = None) -> subprocess.CompletedProcess[str]:
    exe = compile_unix(HERE / program, tmp_path)

    def limit() -> None:
        if address_space is not None:
            resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))

    return subprocess.run([str(exe)], capture_output=True, text=True, timeout=300,
                          preexec_fn=limit)


def test_overflow_error_is_catchable(tmp_path: Path) -> None:
    result = _run("overflow_caught.py", tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "OverflowError after 62 steps: integer overflow (pyuk's int is 64-bit)\n"
        "OverflowError after 18 steps: integer overflow (pyuk's int is 64-bit)\n"
        "62 18\n"
        "OverflowError caught as ArithmeticError\n"
        "-9223372036854775808\n"
    )


def test_memory_error_is_catchable_and_the_program_goes_on(tmp_path: Path) -> None:
    # 1 GiB of stack plus a heap the platform halves until it fits
    result = _run("memory_error.py", tmp_path, address_space=1600 * 1024 * 1024)
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "MemoryError caught\nTrue\nMemoryError caught\nTrue\n"
        "huge list: MemoryError MemoryError()\ndone\n"
    )


def test_uncaught_recursion_error_report(tmp_path: Path) -> None:
    result = _run("recursion_uncaught.py", tmp_path)
    assert result.returncode == 1
    assert result.stdout == "recursing\n"
    lines = result.stderr.splitlines()
    # the stack holds far more than CPython's 1000 printed lines: only the
    # innermost 1000 are printed (as CPython does), all in forever()
    assert lines[0] == "Traceback (most recent call last):"
    assert re.fullmatch(r'  File ".*recursion_uncaught\.py", line 2, in forever', lines[1])
    assert lines[1:4] == [lines[1]] * 3
    assert lines[4] == "  [Previous line repeated 997 more times]"
    assert lines[5:] == ["RecursionError: maximum recursion depth exceeded"]
