"""Exceptions across modules, against CPython: a class defined in an
imported module is caught and reported by the main one, with each frame in
its own file (tests/run holds single-file programs only)."""

from __future__ import annotations

from pathlib import Path

from tests.differential import compile_unix, report_lines, run_cpython, run_unix

PROGRAM = Path(__file__).resolve().parent / "modules" / "exc_across_modules.py"


def test_exception_from_an_imported_module(tmp_path: Path) -> None:
    expected = run_cpython(PROGRAM)
    actual = run_unix(compile_unix(PROGRAM, tmp_path))
    assert actual.stdout == expected.stdout
    assert report_lines(actual.stderr) == report_lines(expected.stderr)
    assert actual.status == expected.status == 1
    assert "wire_errors.py" in actual.stderr
