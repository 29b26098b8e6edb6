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
    "pyuk_current_exception", "pyuk_handled_exception", "pyuk_program_roots",
    "pyuk_raise_memory_error",
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
    "sizes_zeroed", "mark_stack_overflow", "random_graph", "stress_bounded",
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

    def undefined_in(src: Path) -> set[str]:
        obj = tmp_path / (src.stem + ".o")
        _cc([*RUNTIME_FLAGS, *extra, "-c", str(src), "-o", str(obj)])
        nm = subprocess.run(["nm", "-u", str(obj)], check=True,
                            capture_output=True, text=True).stdout
        return {line.split()[-1] for line in nm.splitlines() if line.strip()}

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        undefined = set().union(*pool.map(undefined_in, GC_SOURCES))
    defined_here = set()
    for obj in tmp_path.glob("*.o"):
        nm = subprocess.run(["nm", "--defined-only", str(obj)], check=True,
                            capture_output=True, text=True).stdout
        defined_here |= {line.split()[-1] for line in nm.splitlines() if line.strip()}
    external = undefined - defined_here
    assert external <= ALLOWED_UNDEFINED, sorted(external - ALLOWED_UNDEFINED)


# ---- the acceptance workload on the real platforms ----

PLATFORM_BUILD = ROOT / "tests" / "platform" / "build.py"
QEMU = shutil.which("qemu-system-x86_64")
XEN_GZ = Path("/boot/xen-4.17-amd64.gz")
GUEST_MIB = 32
# Allocation per run (MiB): the full 4 GiB on unix; kernels run under QEMU
# TCG, ~3 s per GiB, so less unless GC_PROGRAM_KERNEL_MIB says otherwise.
UNIX_MIB = 4096
KERNEL_MIB = int(os.environ.get("GC_PROGRAM_KERNEL_MIB", "256"))


def _platform_build():  # tests/platform/build.py, under a name of its own
    import importlib.util

    spec = importlib.util.spec_from_file_location("pyuk_platform_build", PLATFORM_BUILD)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _build_program(target: str, mib: int, work: Path) -> Path:
    """gc_program.c + the collector + mem.c, linked like the driver does."""
    build = _platform_build()
    try:
        lib = build.build_library(target, work)
    except subprocess.CalledProcessError as e:
        pytest.skip(f"the {target} platform library does not build: {e}")
    script = build.render_linker_script(target, work)

    def compile_one(src: Path) -> str:
        obj = work / f"gcprog-{src.stem}.o"
        _cc([*build.cflags(target), f"-DGC_PROGRAM_MIB={mib}", "-c", str(src),
             "-o", str(obj)])
        return str(obj)

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        objs = list(pool.map(compile_one,
                             [*GC_SOURCES, CORE / "mem.c", TESTS / "gc_program.c"]))
    elf = work / f"gc_program-{target}.elf"
    subprocess.run(["ld", "--gc-sections", "-static", "-T", str(script), "-o",
                    str(elf), *objs, str(lib)], check=True)
    return elf


def _check_program_output(text: str, mib: int) -> dict[str, int]:
    # SeaBIOS may leave its last line unterminated before ours
    assert "gc program:" in text, text[-2000:]
    line = "gc program:" + text.rsplit("gc program:", 1)[1].split("\n", 1)[0]
    fields = {k: int(v) for k, v in (w.split("=") for w in line.split()[2:])}
    assert fields["memory-errors"] == 0, line
    assert fields["allocated-MiB"] >= mib, line
    assert fields["heap-high-water-KiB"] <= 24 * 1024, line
    return fields


def test_program_unix(tmp_path: Path) -> None:
    """4 GiB of churn as a real unix executable: peak RSS under 64 MiB."""
    from tests.peak_rss import run_measured

    elf = _build_program("unix", UNIX_MIB, tmp_path)
    run = run_measured([str(elf)], timeout=120)
    assert run.status == 0, run.stdout + run.stderr
    _check_program_output(run.stdout, UNIX_MIB)
    assert 0 < run.peak_kib < 64 * 1024, run.peak_kib


@pytest.mark.skipif(not QEMU, reason="qemu-system-x86_64 missing")
def test_program_kvm_32mib_guest(tmp_path: Path) -> None:
    elf = _build_program("kvm", KERNEL_MIB, tmp_path)
    proc = subprocess.run(
        [QEMU, "-nodefaults", "-no-user-config", "-nographic", "-serial", "stdio",
         "-device", "isa-debug-exit,iobase=0xf4,iosize=4", "-m", str(GUEST_MIB),
         "-kernel", str(elf)],
        capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    assert proc.returncode == 1, proc.stdout  # isa-debug-exit: (0 << 1) | 1
    fields = _check_program_output(proc.stdout, KERNEL_MIB)
    assert fields["capacity-KiB"] < GUEST_MIB * 1024


@pytest.mark.skipif(not (QEMU and XEN_GZ.exists()), reason="Xen 4.17 or QEMU missing")
def test_program_xen_dom0_32mib(tmp_path: Path) -> None:
    import gzip

    elf = _build_program("xen", KERNEL_MIB, tmp_path)
    xen = tmp_path / "xen"
    xen.write_bytes(gzip.decompress(XEN_GZ.read_bytes()))
    proc = subprocess.run(
        [QEMU, "-cpu", "max", "-m", "512", "-nographic", "-no-reboot", "-nodefaults",
         "-no-user-config", "-serial", "stdio",
         "-device", "isa-debug-exit,iobase=0xf4,iosize=4",
         "-kernel", str(xen), "-initrd", str(elf),
         "-append", f"console=com1 dom0=pvh dom0-iommu=none dom0_mem={GUEST_MIB}M"],
        capture_output=True, timeout=300, stdin=subprocess.DEVNULL)
    text = proc.stdout.decode(errors="replace").replace("\r\n", "\n")
    assert proc.returncode == 1, text[-2000:]
    fields = _check_program_output(text, KERNEL_MIB)
    assert fields["capacity-KiB"] < GUEST_MIB * 1024


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[1] != "bench":
        print(__doc__)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        _build_variant(Path(tmp), "plain", extra_main=TESTS / "bench_gc.c")
        return subprocess.run([str(Path(tmp) / "plain" / "bench_gc"), *argv[2:]]).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv))
