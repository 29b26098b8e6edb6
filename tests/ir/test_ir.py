"""Golden tests of the IR (``pyuk compile --emit ir``) and of its text form.

Each ``[case name]`` in a ``.test`` file holds a program and, after
``[out]``, the IR it must lower to.  PYUK_UPDATE_GOLDEN=1 rewrites the
expected outputs from the compiler (then review the diff).  Every program of
tests/run also round-trips: print, parse, print again gives the same text.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from pyuk.driver.compile import build_ir_module
from pyuk.ir.parser import parse_module
from pyuk.ir.printer import format_module
from tests.differential import mypy_cache_dir

HERE = Path(__file__).resolve().parent
RUN_PROGRAMS = sorted(
    p for p in (HERE.parent / "run").glob("*.py") if not p.name.startswith(("test_", "__"))
)


@dataclass
class Case:
    file: Path
    name: str
    source: str
    expected: str


def read_cases(path: Path) -> list[Case]:
    cases = []
    chunks = re.split(r"^\[case (\w+)\]\n", path.read_text(), flags=re.M)
    for name, body in zip(chunks[1::2], chunks[2::2], strict=True):
        source, _, expected = body.partition("[out]\n")
        cases.append(Case(path, name, source, expected))
    return cases


CASES = [case for path in sorted(HERE.glob("*.test")) for case in read_cases(path)]


def lower(case: Case, tmp_path: Path) -> str:
    source = tmp_path / f"{case.name}.py"
    source.write_text(case.source)
    cwd = Path.cwd()
    os.chdir(tmp_path)
    try:
        module = build_ir_module([Path(source.name)], mypy_cache_dir())
    finally:
        os.chdir(cwd)
    return format_module(module)


def _update(case: Case, actual: str) -> None:
    text = case.file.read_text()
    start = text.index(f"[case {case.name}]\n")
    out = text.index("[out]\n", start) + len("[out]\n")
    end = text.find("\n[case ", out)
    end = len(text) if end < 0 else end + 1
    case.file.write_text(text[:out] + actual + ("\n" if end < len(text) else "") + text[end:])


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_golden_ir(case: Case, tmp_path: Path) -> None:
    actual = lower(case, tmp_path)
    if os.environ.get("PYUK_UPDATE_GOLDEN"):
        _update(case, actual)
        return
    assert actual == case.expected.rstrip("\n") + "\n"


@pytest.mark.parametrize("program", RUN_PROGRAMS, ids=lambda p: p.stem)
def test_text_round_trip(program: Path) -> None:
    text = format_module(build_ir_module([program], mypy_cache_dir()))
    assert format_module(parse_module(text)) == text
