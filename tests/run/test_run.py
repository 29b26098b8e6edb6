"""Every program in tests/run/ runs identically under CPython and compiled
for unix, kvm and xen (as Xen's PVH dom0, and as a real domU of a Xen host
started with xl): same output, same exit status, same traceback report
lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyuk.driver.compile import build_ir_module

from tests.differential import (
    ConsoleOutcome,
    compile_batch,
    compile_unix,
    mypy_cache_dir,
    report_lines,
    run_cpython,
    run_kvm_batch,
    run_unix,
    run_xen_dom0_batch,
    run_xen_domu_batches,
    split_batch_console,
)

HERE = Path(__file__).resolve().parent
PROGRAMS = sorted(p for p in HERE.glob("*.py") if not p.name.startswith(("test_", "__")))
BATCH_SIZE = 60


def _ids(path: Path) -> str:
    return path.stem


@pytest.mark.parametrize("program", PROGRAMS, ids=_ids)
def test_unix(program: Path, tmp_path: Path) -> None:
    expected = run_cpython(program)
    actual = run_unix(compile_unix(program, tmp_path))
    assert actual.stdout == expected.stdout
    assert report_lines(actual.stderr) == report_lines(expected.stderr)
    assert actual.status == expected.status


def _batches(programs: list[Path]) -> list[list[Path]]:
    return [programs[i : i + BATCH_SIZE] for i in range(0, len(programs), BATCH_SIZE)]


# Programs left out of a batch kernel because they do not compile: their
# tests report the compile error (one broken program must not take down the
# kernel tests of all the others in its batch).
COMPILE_FAILURES: dict[str, str] = {}


def _compile_failure(program: Path) -> str | None:
    try:
        build_ir_module([program], mypy_cache_dir())
    except Exception as exc:  # any failure to compile, reported by its test
        return f"{type(exc).__name__}: {exc}"
    return None


def _compile_batches(target: str, out_dir: Path) -> list[Path]:
    kernels = []
    for n, batch in enumerate(_batches(PROGRAMS)):
        output = out_dir / f"batch{n}.elf"
        try:
            kernels.append(compile_batch(target, batch, output))
            continue
        except Exception:
            pass
        failures = {p: _compile_failure(p) for p in batch}
        for program, error in failures.items():
            if error is not None:
                COMPILE_FAILURES[program.stem] = error
        good = [p for p in batch if failures[p] is None]
        if good:
            kernels.append(compile_batch(target, good, output))
    return kernels


def _split(consoles: list[str]) -> dict[str, ConsoleOutcome]:
    results: dict[str, ConsoleOutcome] = {}
    for console in consoles:
        results.update(split_batch_console(console))
    return results


@pytest.fixture(scope="module")
def kvm_results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ConsoleOutcome]:
    kernels = _compile_batches("kvm", tmp_path_factory.mktemp("kvm"))
    return _split([run_kvm_batch(kernel)[0] for kernel in kernels])


@pytest.fixture(scope="module")
def xen_kernels(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The xen batch kernels: the same images boot as dom0 and as domUs."""
    return _compile_batches("xen", tmp_path_factory.mktemp("xen"))


@pytest.fixture(scope="module")
def xen_results(xen_kernels: list[Path]) -> dict[str, ConsoleOutcome]:
    return _split([run_xen_dom0_batch(kernel)[0] for kernel in xen_kernels])


@pytest.fixture(scope="module")
def xen_domu_results(xen_kernels: list[Path]) -> dict[str, ConsoleOutcome]:
    """Every batch kernel as a real domU (xl create in a Xen host), one dom0 boot."""
    return _split([console for console, _ in run_xen_domu_batches(xen_kernels)])


def _check_console(program: Path, results: dict[str, ConsoleOutcome]) -> None:
    assert program.stem not in COMPILE_FAILURES, COMPILE_FAILURES[program.stem]
    expected = run_cpython(program, merged=True)
    assert program.stem in results, "the kernel died before this program ended"
    actual = results[program.stem]
    assert report_lines(actual.console) == report_lines(expected.stdout)
    assert actual.status == expected.status


@pytest.mark.xdist_group("kvm")
@pytest.mark.parametrize("program", PROGRAMS, ids=_ids)
def test_kvm(program: Path, kvm_results: dict[str, ConsoleOutcome]) -> None:
    _check_console(program, kvm_results)


@pytest.mark.xdist_group("xen")
@pytest.mark.parametrize("program", PROGRAMS, ids=_ids)
def test_xen_dom0(program: Path, xen_results: dict[str, ConsoleOutcome]) -> None:
    _check_console(program, xen_results)


@pytest.mark.xdist_group("xen")
@pytest.mark.parametrize("program", PROGRAMS, ids=_ids)
def test_xen_domu(program: Path, xen_domu_results: dict[str, ConsoleOutcome]) -> None:
    _check_console(program, xen_domu_results)
