"""pyuk size: every byte of a stripped kernel belongs to exactly one
component, and the hello-world kernels stay within 32 KiB."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pyuk.driver.size import format_report, measure_program

from tests.differential import mypy_cache_dir

ROOT = Path(__file__).resolve().parents[2]
HELLO = ROOT / "examples" / "hello.py"
LIMIT = 32 * 1024


@pytest.mark.parametrize("target", ["kvm", "xen"])
def test_hello_accounted_byte_by_byte(target: str) -> None:
    report = measure_program(HELLO, target, mypy_cache=mypy_cache_dir())
    print(format_report(report))
    assert report.accounted() == report.total  # analyse() checks it too
    assert report.total <= LIMIT
    groups = report.group_totals()
    for group in ("boot and platform", "runtime core", "python", "headers"):
        assert groups.get(group, 0) > 0, group
    assert "hello" in report.components["python"]
    data = report.to_json()
    assert sum(data["groups"].values()) == data["total"]  # type: ignore[union-attr]


def test_components_follow_the_program() -> None:
    """A bigger program adds its own module's code and the runtime modules it
    uses; the totals still add up."""
    program = ROOT / "bench" / "programs" / "mandelbrot.py"
    report = measure_program(program, "kvm", mypy_cache=mypy_cache_dir())
    assert report.accounted() == report.total
    assert report.components["python"]["mandelbrot"]["code"] > 0


def test_cli_json() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pyuk", "size", str(HELLO), "-t", "kvm", "--json"],
        capture_output=True, text=True, cwd=ROOT, check=True)
    data = json.loads(result.stdout)
    assert data["target"] == "kvm"
    assert sum(data["groups"].values()) == data["total"]
