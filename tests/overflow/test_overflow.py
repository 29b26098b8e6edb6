"""pyuk's int is 64-bit: where CPython grows an int, a compiled program
stops with OverflowError and exit status 1, on every target.  Up to that
point its output is CPython's."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.differential import (
    ConsoleOutcome,
    compile_batch,
    compile_unix,
    run_cpython,
    run_kvm_batch,
    run_unix,
    run_xen_dom0_batch,
    run_xen_domu_batches,
    split_batch_console,
)

HERE = Path(__file__).resolve().parent
PROGRAMS = sorted(p for p in HERE.glob("overflow_*.py"))
OVERFLOW_LINE = "OverflowError: integer overflow (pyuk's int is 64-bit)\n"


def _check(stdout: str, report: str, status: int, program: Path) -> None:
    cpython = run_cpython(program)
    assert cpython.status == 0, "CPython grows the int and finishes"
    assert status == 1
    assert cpython.stdout.startswith(stdout), "pyuk printed what CPython printed, up to the overflow"
    assert len(stdout) < len(cpython.stdout), "pyuk stopped before CPython's end"
    assert report.startswith("Traceback (most recent call last):\n")
    assert report.endswith(OVERFLOW_LINE)


@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.stem)
def test_unix(program: Path, tmp_path: Path) -> None:
    result = run_unix(compile_unix(program, tmp_path))
    _check(result.stdout, result.stderr, result.status, program)


def _kernel(target: str, tmp: Path) -> dict[str, ConsoleOutcome]:
    kernel = compile_batch(target.removesuffix("-domu"), PROGRAMS, tmp / "overflow.elf")
    if target == "kvm":
        console, _ = run_kvm_batch(kernel)
    elif target == "xen":
        console, _ = run_xen_dom0_batch(kernel)
    else:  # a real domU of the Xen host in QEMU
        [(console, _)] = run_xen_domu_batches([kernel])
    return split_batch_console(console)


@pytest.fixture(scope="module")
def kvm(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ConsoleOutcome]:
    return _kernel("kvm", tmp_path_factory.mktemp("kvm"))


@pytest.fixture(scope="module")
def xen(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ConsoleOutcome]:
    return _kernel("xen", tmp_path_factory.mktemp("xen"))


@pytest.fixture(scope="module")
def xen_domu(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ConsoleOutcome]:
    return _kernel("xen-domu", tmp_path_factory.mktemp("xen-domu"))


def _split_console(console: str) -> tuple[str, str]:
    """stdout part and traceback report of a kernel console."""
    at = console.index("Traceback (most recent call last):\n")
    return console[:at], console[at:]


@pytest.mark.xdist_group("kvm")
@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.stem)
def test_kvm(program: Path, kvm: dict[str, ConsoleOutcome]) -> None:
    outcome = kvm[program.stem]
    stdout, report = _split_console(outcome.console)
    _check(stdout, report, outcome.status, program)


@pytest.mark.xdist_group("xen")
@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.stem)
def test_xen_dom0(program: Path, xen: dict[str, ConsoleOutcome]) -> None:
    outcome = xen[program.stem]
    stdout, report = _split_console(outcome.console)
    _check(stdout, report, outcome.status, program)


@pytest.mark.xdist_group("xen")
@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.stem)
def test_xen_domu(program: Path, xen_domu: dict[str, ConsoleOutcome]) -> None:
    outcome = xen_domu[program.stem]
    stdout, report = _split_console(outcome.console)
    _check(stdout, report, outcome.status, program)
