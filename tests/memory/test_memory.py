"""The memory acceptance test of issue 4, on compiled Python: stress_containers.py
allocates over 4 GiB in about 7 million short-lived strings, lists and dicts
with a small live set, and must run

- on unix with a peak RSS below 64 MiB,
- as a kvm kernel in a 32 MiB guest (QEMU ``-m 32``),
- as a xen kernel given 32 MiB (Xen's PVH dom0 with ``dom0_mem=32M``),

without running out of memory.  The program prints the same checksum as
CPython and, compiled, the collector's figures (``pyuk.gc.stats()``) on
stderr, which the tests read.  Kernels take ~40 s each under QEMU's TCG.
"""

from __future__ import annotations

import gzip
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pyuk.driver.compile import CompileOptions, compile_program

from tests.differential import mypy_cache_dir
from tests.peak_rss import run_measured

HERE = Path(__file__).resolve().parent
PROGRAM = HERE / "stress_containers.py"
QEMU = shutil.which("qemu-system-x86_64")
XEN_GZ = Path("/boot/xen-4.17-amd64.gz")
GUEST_MIB = 32
GIB = 1 << 30


def _compile(target: str, out: Path) -> Path:
    compile_program(CompileOptions(source=PROGRAM, target=target, output=out,
                                   mypy_cache=mypy_cache_dir()))
    return out


def _figures(text: str) -> dict[str, int]:
    figures = {}
    for line in text.splitlines():
        parts = line.strip().split()
        if len(parts) == 2 and parts[1].isdigit() and parts[0].isidentifier():
            figures[parts[0]] = int(parts[1])
    return figures


def _check(text: str) -> dict[str, int]:
    figures = _figures(text)
    assert "198743600" in text, text[-2000:]   # CPython's checksum
    assert figures["bytes_allocated"] >= 4 * GIB, figures
    assert figures["heap_high_water"] <= 16 << 20, figures
    print(figures)
    return figures


def test_checksum_matches_cpython_on_a_small_run() -> None:
    """The workload is valid Python: a short run under CPython gives the
    checksum formula the compiled run is checked against."""
    source = PROGRAM.read_text()
    small = source.replace("ROUNDS = 1200000", "ROUNDS = 1200")
    proc = subprocess.run([sys.executable, "-c", small], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "177101\n"


def test_unix_peak_rss_below_64_mib(tmp_path: Path) -> None:
    exe = _compile("unix", tmp_path / "stress")
    run = run_measured([str(exe)])
    assert run.status == 0, run.stderr
    _check(run.stdout + run.stderr)
    print(f"unix peak RSS: {run.peak_kib} KiB")
    assert 0 < run.peak_kib < 64 * 1024


@pytest.mark.skipif(not QEMU, reason="qemu-system-x86_64 missing")
def test_kvm_32_mib_guest(tmp_path: Path) -> None:
    elf = _compile("kvm", tmp_path / "stress.elf")
    proc = subprocess.run(
        [QEMU, "-nodefaults", "-no-user-config", "-nographic", "-serial", "stdio",
         "-device", "isa-debug-exit,iobase=0xf4,iosize=4", "-m", str(GUEST_MIB),
         "-kernel", str(elf)],
        capture_output=True, timeout=900, stdin=subprocess.DEVNULL)
    text = proc.stdout.decode(errors="replace")
    assert proc.returncode == 1, text[-2000:]  # isa-debug-exit: (0 << 1) | 1
    figures = _check(text)
    assert figures["heap_capacity"] < GUEST_MIB << 20


@pytest.mark.skipif(not (QEMU and XEN_GZ.exists()), reason="Xen 4.17 or QEMU missing")
def test_xen_32_mib(tmp_path: Path) -> None:
    elf = _compile("xen", tmp_path / "stress.elf")
    xen = tmp_path / "xen"
    xen.write_bytes(gzip.decompress(XEN_GZ.read_bytes()))
    proc = subprocess.run(
        [QEMU, "-cpu", "max", "-m", "512", "-nographic", "-no-reboot", "-nodefaults",
         "-no-user-config", "-serial", "stdio",
         "-device", "isa-debug-exit,iobase=0xf4,iosize=4",
         "-kernel", str(xen), "-initrd", str(elf),
         "-append", f"console=com1 dom0=pvh dom0-iommu=none dom0_mem={GUEST_MIB}M"],
        capture_output=True, timeout=900, stdin=subprocess.DEVNULL)
    text = proc.stdout.decode(errors="replace").replace("\r\n", "\n")
    assert proc.returncode == 1, text[-2000:]
    figures = _check(text)
    assert figures["heap_capacity"] < GUEST_MIB << 20
