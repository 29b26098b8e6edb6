"""The hello-world kernel stays within 32 KiB stripped on both kernel
targets: code a program does not use is not linked in."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from pyuk.driver.compile import CompileOptions, compile_program
from tests.differential import mypy_cache_dir

HELLO = Path(__file__).resolve().parents[2] / "examples" / "hello.py"
LIMIT = 32 * 1024


@pytest.mark.parametrize("target", ["kvm", "xen"])
def test_hello_world_kernel_size(target: str, tmp_path: Path) -> None:
    kernel = tmp_path / "hello.elf"
    compile_program(CompileOptions(source=HELLO, target=target, output=kernel,
                                   mypy_cache=mypy_cache_dir()))
    stripped = tmp_path / "stripped"
    subprocess.run(["strip", "-o", str(stripped), str(kernel)], check=True)
    size = stripped.stat().st_size
    print(f"{target} hello world: {size} bytes stripped")
    assert size <= LIMIT
