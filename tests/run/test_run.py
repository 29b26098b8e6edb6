"""Every program in tests/run/ runs identically under CPython and compiled
for unix, kvm and xen (as Xen's PVH dom0): same output, same exit status,
same traceback report lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.differential import (
    ConsoleOutcome,
    compile_batch,
    compile_unix,
    report_lines,
    run_cpython,
    run_kvm_batch,
    run_unix,
    run_xen_dom0_batch,
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


def _run_batches(target: str, out_dir: Path) -> dict[str, ConsoleOutcome]:
    results: dict[str, ConsoleOutcome] = {}
    for n, batch in enumerate(_batches(PROGRAMS)):
        kernel = compile_batch(target, batch, out_dir / f"batch{n}.elf")
        if target == "kvm":
            console, _ = run_kvm_batch(kernel)
        else:
            console, _ = run_xen_dom0_batch(kernel)
        results.update(split_batch_console(console))
    return results


@pytest.fixture(scope="module")
def kvm_results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ConsoleOutcome]:
    return _run_batches("kvm", tmp_path_factory.mktemp("kvm"))


@pytest.fixture(scope="module")
def xen_results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ConsoleOutcome]:
    return _run_batches("xen", tmp_path_factory.mktemp("xen"))


def _check_console(program: Path, results: dict[str, ConsoleOutcome]) -> None:
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
