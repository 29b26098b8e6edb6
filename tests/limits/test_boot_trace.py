"""--boot-trace: the kernel prints the time from its first instruction to
the program's start; unix refuses the option; kernels without it print
nothing more and carry none of its code."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from pyuk.driver.compile import CompileOptions, compile_program
from pyuk.driver.run import kvm_command

from tests.differential import mypy_cache_dir

ROOT = Path(__file__).resolve().parents[2]
HELLO = ROOT / "examples" / "hello.py"
LINE = re.compile(r"^pyuk: boot-trace: ([0-9.]+) us to main \(entry [0-9.]+, traps [0-9.]+, "
                  r"paging [0-9.]+, platform [0-9.]+, runtime [0-9.]+ us; one CPUID [0-9.]+ us; "
                  r"TSC [0-9.]+ GHz\)$", re.M)


def _symbols(kernel: Path) -> str:
    return subprocess.run(["nm", str(kernel)], capture_output=True, text=True,
                          check=True).stdout


def test_kvm_prints_the_boot_time(tmp_path: Path) -> None:
    kernel = tmp_path / "hello.elf"
    compile_program(CompileOptions(source=HELLO, target="kvm", output=kernel,
                                   boot_trace=True, mypy_cache=mypy_cache_dir()))
    assert "pyuk_boot_trace_report" in _symbols(kernel)
    result = subprocess.run(kvm_command(kernel, 64), capture_output=True, text=True,
                            timeout=120)
    match = LINE.search(result.stdout)
    assert match, result.stdout
    assert float(match.group(1)) > 0
    assert result.stdout.endswith("Hello, world!\n")


def test_without_the_option_nothing_is_linked(tmp_path: Path) -> None:
    kernel = tmp_path / "hello.elf"
    compile_program(CompileOptions(source=HELLO, target="xen", output=kernel,
                                   mypy_cache=mypy_cache_dir()))
    assert "pyuk_boot_trace_report" not in _symbols(kernel)


def test_unix_refuses() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pyuk", "compile", str(HELLO), "--boot-trace", "-o", "/dev/null"],
        capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2
    assert "kernel targets" in result.stderr
