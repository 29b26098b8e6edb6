"""The collector's C unit tests (tests/runtime/gc/), built on the host twice:
with AddressSanitizer + UBSan, and plain -O2.  Also checks that the
collector's sources compile with the runtime's freestanding flags and call
nothing outside the platform contract and the runtime.

    python tests/runtime/test_gc.py bench [quick]   # throughput and pauses
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "runtime-c" / "core"
INCLUDE = ROOT / "runtime-c" / "include"
TESTS = ROOT / "tests" / "runtime" / "gc"

GC_SOURCES = sorted(CORE.glob("gc*.c"))
TEST_SOURCES = [TESTS / n for n in ("test_platform.c", "test_types.c")]

# The driver's flags (docs/architecture.md), minus -nostdlib for the host.
RUNTIME_FLAGS = [
    "-std=c11", "-ffreestanding", "-fno-stack-protector", "-fno-pic",
    "-fno-pie", "-fno-asynchronous-unwind-tables", "-ffunction-sections",
    "-fdata-sections", "-Wall", "-Wextra", "-Werror", f"-I{INCLUDE}",
]
HOST_FLAGS = ["-std=c11", "-fno-pie", "-Wall", "-Wextra", "-Werror", f"-I{INCLUDE}"]
VARIANTS = {
    "asan": ["-O1", "-g", "-fno-omit-frame-pointer",
             "-fsanitize=address,undefined", "-fno-sanitize-recover=all"],
    "plain": ["-O2", "-g"],
}
# What the collector may call: the platform, the runtime, and the two
# functions compilers emit anyway (runtime-c/core/mem.c).
ALLOWED_UNDEFINED = {
    "memset", "memcpy", "plat_clock_monotonic", "plat_heap_region",
    "plat_heap_release", "plat_panic", "plat_stack_bounds",
    "pyuk_current_exception", "pyuk_program_roots", "pyuk_raise_memory_error",
}


def _cc(args: list[str]) -> None:
    subprocess.run(["gcc", *args], check=True, capture_output=False)


def _build_variant(out: Path, variant: str, extra_main: Path | None = None) -> Path:
    """Compiles the collector (runtime flags) and the tests (host flags)."""
    flags = VARIANTS[variant]
    obj_dir = out / variant
    obj_dir.mkdir(parents=True, exist_ok=True)
    jobs = [(src, RUNTIME_FLAGS) for src in GC_SOURCES]
    mains = [TESTS / "gc_tests.c"] + ([extra_main] if extra_main else [])
    jobs += [(src, HOST_FLAGS) for src in TEST_SOURCES + mains]
    if extra_main:  # benchmarks use the runtime's own memset, as targets do
        jobs.append((CORE / "mem.c", RUNTIME_FLAGS))

    def compile_one(job: tuple[Path, list[str]]) -> Path:
        src, base = job
        obj = obj_dir / (src.parent.name + "_" + src.stem + ".o")
        _cc([*base, *flags, "-c", str(src), "-o", str(obj)])
        return obj

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        objs = list(pool.map(compile_one, jobs))
    common = [o for o in objs if not o.stem.endswith(("gc_tests", "bench_gc"))]
    exe = obj_dir / "gc_tests"
    _cc([*flags, "-no-pie", "-o", str(exe), *common,
         str(obj_dir / "gc_gc_tests.o")])
    if extra_main:
        _cc([*flags, "-no-pie", "-o", str(obj_dir / "bench_gc"), *common,
             str(obj_dir / "gc_bench_gc.o")])
    return exe


def _case_names(exe: Path) -> list[str]:
    out = subprocess.run([str(exe), "--list"], check=True, capture_output=True,
                         text=True).stdout
    return out.split()


# The case list is fixed in gc_tests.c; kept here so pytest can
# parametrize before anything is built (checked against --list below).
CASES = [
    "stack_roots", "precise_roots", "unreachable_reclaimed", "cycles_collected",
    "interior_pointers", "buffers", "lists", "fixed_and_tuples", "large_objects",
    "sizes_zeroed", "mark_stack_overflow", "stress_bounded",
    "stress_kernel_heap", "stress_kernel_full", "release_after_peak",
    "out_of_memory",
]


@pytest.fixture(scope="module")
def executables(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    if shutil.which("gcc") is None:
        pytest.skip("gcc is needed")
    out = tmp_path_factory.mktemp("gc")
    return {v: _build_variant(out, v) for v in VARIANTS}


def test_case_list_matches(executables: dict[str, Path]) -> None:
    assert _case_names(executables["plain"]) == CASES


@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize("case", CASES)
def test_gc_case(executables: dict[str, Path], variant: str, case: str) -> None:
    env = dict(os.environ)
    if variant == "asan":
        env["GC_STRESS_GIB"] = "0.5"
    else:
        env["GC_STRESS_GIB"] = "4"
        env["GC_CHECK_RSS"] = "1"
    proc = subprocess.run([str(executables[variant]), case], env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"ok {case}" in proc.stdout


@pytest.mark.parametrize("kernel", [False, True])
def test_freestanding_build(tmp_path: Path, kernel: bool) -> None:
    """The exact runtime flags, and no calls beyond platform + runtime."""
    extra = ["-O2", "-nostdlib"] + (["-mno-red-zone"] if kernel else [])
    undefined: set[str] = set()
    for src in GC_SOURCES:
        obj = tmp_path / (src.stem + ".o")
        _cc([*RUNTIME_FLAGS, *extra, "-c", str(src), "-o", str(obj)])
        nm = subprocess.run(["nm", "-u", str(obj)], check=True,
                            capture_output=True, text=True).stdout
        undefined |= {line.split()[-1] for line in nm.splitlines() if line.strip()}
    defined_here = set()
    for obj in tmp_path.glob("*.o"):
        nm = subprocess.run(["nm", "--defined-only", str(obj)], check=True,
                            capture_output=True, text=True).stdout
        defined_here |= {line.split()[-1] for line in nm.splitlines() if line.strip()}
    external = undefined - defined_here
    assert external <= ALLOWED_UNDEFINED, sorted(external - ALLOWED_UNDEFINED)


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[1] != "bench":
        print(__doc__)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        _build_variant(Path(tmp), "plain", extra_main=TESTS / "bench_gc.c")
        return subprocess.run([str(Path(tmp) / "plain" / "bench_gc"), *argv[2:]]).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv))
