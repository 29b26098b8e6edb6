"""Random nested try/except/else/finally programs (gen_try_programs.py),
each compiled for unix and compared with CPython: output, log of the paths
taken, exceptions escaping with their context.  PYUK_EXC_PROGRAMS=N runs
more of them (200 passed when the generator was written)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.differential import compile_unix, report_lines, run_cpython, run_unix
from tests.exceptions.gen_try_programs import program

COUNT = int(os.environ.get("PYUK_EXC_PROGRAMS", "8"))


@pytest.mark.parametrize("seed", range(1000, 1000 + COUNT))
def test_random_try_program(seed: int, tmp_path: Path) -> None:
    source = tmp_path / f"try_{seed}.py"
    source.write_text(program(seed))
    expected = run_cpython(source)
    actual = run_unix(compile_unix(source, tmp_path))
    assert actual.stdout == expected.stdout
    assert report_lines(actual.stderr) == report_lines(expected.stderr)
    assert actual.status == expected.status
