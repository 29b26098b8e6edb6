"""PYUK_HASHSEED on the unix target: CPython's PYTHONHASHSEED for the
str/bytes hash key (runtime-c/unix/entropy.c)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.differential import compile_unix

PROGRAM = '''\
def main() -> None:
    words = {f"word{i}" for i in range(40)}
    print(" ".join(words))
    print(hash(b"pyuk") == hash(b"py" + b"uk"))


if __name__ == "__main__":
    main()
'''


@pytest.fixture(scope="module")
def executable(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("hashseed")
    source = tmp / "hashseed.py"
    source.write_text(PROGRAM)
    return compile_unix(source, tmp)


def _run(executable: Path, seed: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYUK_HASHSEED"}
    if seed is not None:
        env["PYUK_HASHSEED"] = seed
    return subprocess.run([str(executable)], capture_output=True, text=True, env=env, timeout=30)


def test_a_seed_repeats_the_order(executable: Path) -> None:
    first = _run(executable, "7")
    assert first.returncode == 0 and first.stdout.endswith("\nTrue\n")
    assert _run(executable, "7").stdout == first.stdout
    assert _run(executable, "0").stdout == _run(executable, "0").stdout
    # 40 strings: two keys giving the same order is a 1 in 40! chance
    assert _run(executable, "8").stdout != first.stdout
    assert _run(executable, "4294967295").returncode == 0


def test_random_or_unset_is_a_fresh_key(executable: Path) -> None:
    orders = {_run(executable, seed).stdout for seed in (None, None, "random", "random", "")}
    assert len(orders) == 5


@pytest.mark.parametrize("seed", ["abc", "-1", "4294967296", "12x", "99999999999999999999999"])
def test_a_bad_seed_is_refused(executable: Path, seed: str) -> None:
    result = _run(executable, seed)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == (
        'pyuk: PYUK_HASHSEED must be "random" or an integer in range [0; 4294967295]\n')
