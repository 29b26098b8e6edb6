"""C unit tests of the containers (tests/runtime/containers/tests.c) under
AddressSanitizer + UBSan, linked against the runtime core as an archive
(only what the containers need comes in), one process per case."""

from __future__ import annotations

import os
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "runtime-c" / "core"
INCLUDE = ROOT / "runtime-c" / "include"
HERE = Path(__file__).resolve().parent / "containers"

RUNTIME_FLAGS = [
    "-std=c11", "-ffreestanding", "-fno-stack-protector", "-fno-pic", "-fno-pie",
    "-fno-asynchronous-unwind-tables", "-ffunction-sections", "-fdata-sections",
    "-Wall", "-Wextra", "-Werror", f"-I{INCLUDE}",
]
SANITIZE = ["-O1", "-g", "-fno-omit-frame-pointer", "-fsanitize=address,undefined",
            "-fno-sanitize-recover=all"]
EXCLUDED = {"mem.c", "main.c"}
CASES = ["list_basics", "list_slices", "list_sort", "list_fuzz", "hashes", "set_order",
         "set_algebra", "dict_basics", "dict_iteration_errors", "repr_nested", "equality",
         "gc_churn"]


@pytest.fixture(scope="module")
def tests_exe(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("gcc") is None:
        pytest.skip("gcc is needed")
    out = tmp_path_factory.mktemp("containers")
    sources = [p for p in sorted(CORE.glob("*.c")) if p.name not in EXCLUDED]

    def compile_one(src: Path) -> Path:
        obj = out / (src.stem + ".o")
        subprocess.run(["gcc", *RUNTIME_FLAGS, *SANITIZE, "-c", str(src), "-o", str(obj)],
                       check=True)
        return obj

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        objs = list(pool.map(compile_one, sources))
    archive = out / "libcore.a"
    subprocess.run(["ar", "rcs", str(archive), *map(str, objs)], check=True)
    exe = out / "tests"
    subprocess.run(["gcc", "-std=c11", "-Wall", "-Wextra", "-Werror", f"-I{INCLUDE}",
                    *SANITIZE, "-no-pie", str(HERE / "tests.c"), str(HERE / "platform.c"),
                    str(archive), "-lm", "-o", str(exe)], check=True)
    return exe


def test_case_list(tests_exe: Path) -> None:
    out = subprocess.run([str(tests_exe), "--list"], capture_output=True, text=True,
                         check=True).stdout
    assert out.split() == CASES


@pytest.mark.parametrize("case", CASES)
def test_case(tests_exe: Path, case: str) -> None:
    proc = subprocess.run([str(tests_exe), case], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"ok {case}" in proc.stdout
