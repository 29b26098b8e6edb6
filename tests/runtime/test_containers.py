"""C unit tests of the containers (tests/runtime/containers/tests.c) under
AddressSanitizer + UBSan, linked against the runtime core as an archive
(only what the containers need comes in), one process per case."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.runtime.hosted import build_hosted

HERE = Path(__file__).resolve().parent / "containers"
CASES = ["list_basics", "list_slices", "list_sort", "list_fuzz", "hashes", "set_order",
         "set_algebra", "dict_basics", "dict_iteration_errors", "repr_nested", "equality",
         "gc_churn"]


@pytest.fixture(scope="module")
def tests_exe(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("gcc") is None:
        pytest.skip("gcc is needed")
    return build_hosted(tmp_path_factory.mktemp("containers"), HERE / "tests.c", "tests")


def test_case_list(tests_exe: Path) -> None:
    out = subprocess.run([str(tests_exe), "--list"], capture_output=True, text=True,
                         check=True).stdout
    assert out.split() == CASES


@pytest.mark.parametrize("case", CASES)
def test_case(tests_exe: Path, case: str) -> None:
    proc = subprocess.run([str(tests_exe), case], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"ok {case}" in proc.stdout
