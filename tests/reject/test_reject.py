"""Programs outside pyuk's dialect: ``pyuk compile`` refuses each with
exactly the error lines written at the end of the program, and exit status 1.

Each ``tests/reject/*.py`` (files starting with ``_`` are modules that
programs import) ends with its expected output, one line per comment:

    # expect:
    # name.py:3:11: error: "eval" is not supported by pyuk: ...

``{dir}`` in an expected line stands for this folder's absolute path (mypy
and pyuk name imported modules by their full path).  The compiler runs
in-process through the CLI entry point, with this folder as the working
directory, so file names appear as given.

``PYUK_UPDATE_REJECT=1 pytest tests/reject`` rewrites the expectations from
the compiler's output (review the diff before committing).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pyuk.cli import main as pyuk_main
from tests.differential import mypy_cache_dir

HERE = Path(__file__).resolve().parent
PROGRAMS = sorted(p for p in HERE.glob("*.py") if not p.name.startswith(("test_", "_")))
MARKER = "# expect:"


def expected_lines(program: Path) -> list[str]:
    text = program.read_text()
    if MARKER not in text:
        return []
    block = text[text.index(MARKER) + len(MARKER):]
    lines = [line.removeprefix("#").strip() for line in block.strip().splitlines()]
    return [line.replace("{dir}", str(HERE)) for line in lines if line]


def _write_expected(program: Path, lines: list[str]) -> None:
    text = program.read_text()
    if MARKER in text:
        text = text[: text.index(MARKER)].rstrip("\n") + "\n"
    shown = [line.replace(str(HERE), "{dir}") for line in lines]
    text += "\n\n" + MARKER + "\n" + "".join(f"# {line}\n" for line in shown)
    program.write_text(text)


@pytest.fixture
def in_reject_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(HERE)
    # one mypy cache per xdist worker (cache_root() reads PYUK_CACHE)
    monkeypatch.setenv("PYUK_CACHE", str(mypy_cache_dir() / "reject"))


@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.stem)
def test_reject(program: Path, in_reject_dir: None, capsys: pytest.CaptureFixture[str]) -> None:
    status = pyuk_main(["compile", program.name, "--emit", "ir"])
    out = capsys.readouterr()
    actual = [line for line in out.out.splitlines() if ": error: " in line or ": note: " in line]
    if os.environ.get("PYUK_UPDATE_REJECT"):
        _write_expected(program, actual)
    assert out.err == ""
    assert actual == expected_lines(program)
    assert actual, "the program compiled: it is no longer a rejection test"
    assert status == 1


def test_enough_programs() -> None:
    assert len(PROGRAMS) >= 40
