"""Builds the platform test program (platform_test.c) for unix, kvm and xen
with the driver's flags and checks console output and exit status:
unix directly, kvm under QEMU (TCG), xen as a PVH dom0 of Xen inside QEMU.
A domU run is manual: see README.md.
"""
import gzip
import os
import re
import resource
import shutil
import subprocess
import time
from pathlib import Path

import pytest

import build

QEMU = shutil.which("qemu-system-x86_64")
XEN_GZ = Path("/boot/xen-4.17-amd64.gz")
CACHE = Path(os.environ.get("PYUK_TEST_CACHE", "/tmp/pyuk-test-cache"))
TIMEOUT = 60

needs_qemu = pytest.mark.skipif(not QEMU, reason="qemu-system-x86_64 missing")
needs_xen = pytest.mark.skipif(not (QEMU and XEN_GZ.exists()),
                               reason="Xen 4.17 or QEMU missing")

CHECK_LINES = [
    "ok monotonic clock", "ok yield 30 ms", "ok yield past deadline",
    "ok wall clock after 2020", "ok entropy",
    "ok heap region of 16 MiB or more", "ok heap writable", "ok stack bounds",
]
BIG_LINE = "".join(chr(ord("a") + i % 26) for i in range(4999))
FAULT = {
    "overflow": ("overflowing the stack", r"pyuk: fatal: stack overflow"),
    "write_text": ("writing to text",
                   r"pyuk: fatal: page fault at 0x[0-9a-f]+ \(rip 0x[0-9a-f]+\)"),
    "exec_data": ("executing data",
                  r"pyuk: fatal: page fault at (0x[0-9a-f]+) \(rip \1\)"),
    "null": ("reading NULL", r"pyuk: fatal: page fault at 0x0 \(rip 0x[0-9a-f]+\)"),
    "panic": (None, r"pyuk: fatal: test panic"),
}


def build_all(target, tmp):
    lib = build.build_library(target, tmp)
    script = build.render_linker_script(target, tmp)
    elves = {}
    for case in build.CASES:
        if case in build.XEN_ONLY and target != "xen":
            continue
        elves[case] = build.build_program(target, case, tmp / f"{target}-{case}.elf",
                                          tmp, lib=lib, script=script)
    return elves


def check_checks_output(text, tsc_line, store_line="ok no xenstore: -ENODEV"):
    lines = text.split("\n")
    assert lines[0] == "pyuk platform test"
    assert lines[1] == BIG_LINE
    assert lines[2] == "stderr line"
    assert lines[3:3 + len(CHECK_LINES)] == CHECK_LINES
    assert lines[3 + len(CHECK_LINES):] == [tsc_line, "ok floating point", store_line,
                                            "all checks passed", ""]


def check_fault_output(case, text):
    first, pattern = FAULT[case]
    lines = text.strip("\n").split("\n")
    if first:
        assert lines[0] == first
    assert re.fullmatch(pattern, lines[-1]), lines[-1]


def run_timed(cmd):
    """Runs cmd; returns (returncode, stdout bytes, stderr bytes, wall s, cpu s)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    p = subprocess.run(cmd, capture_output=True, timeout=TIMEOUT, stdin=subprocess.DEVNULL)
    wall = time.monotonic() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return p.returncode, p.stdout, p.stderr, wall, cpu


# ---------------------------------------------------------------- unix

@pytest.fixture(scope="module")
def unix_elves(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("unix")
    elves = build_all("unix", tmp)
    # A small stack, so that overflowing it is quick; also tests stack_size.
    small = build.render_linker_script("unix", tmp, stack_size=8 << 20)
    elves["overflow"] = build.build_program("unix", "overflow", tmp / "unix-overflow-8m",
                                            tmp, lib=tmp / "libplat-unix.a", script=small)
    return elves


def run_unix(elf, merged=False):
    p = subprocess.run([str(elf)], capture_output=not merged, timeout=TIMEOUT,
                       stdout=subprocess.PIPE if merged else None,
                       stderr=subprocess.STDOUT if merged else None)
    return p


def test_unix_checks(unix_elves):
    p = run_unix(unix_elves["checks"])
    assert p.returncode == 7
    assert p.stderr == b"stderr line\n"
    out = p.stdout.decode()
    lines = out.split("\n")
    assert lines[0] == "pyuk platform test" and lines[1] == BIG_LINE
    assert "FAIL" not in out and out.endswith("all checks passed\n")
    assert "ok no tsc on unix" in out and "ok no xenstore: -ENODEV\n" in out


@pytest.mark.parametrize("case", ["overflow", "write_text", "exec_data", "null", "panic"])
def test_unix_faults(unix_elves, case):
    p = run_unix(unix_elves[case], merged=True)
    assert p.returncode == 1
    check_fault_output(case, p.stdout.decode())


def test_unix_exit0_and_static(unix_elves):
    p = run_unix(unix_elves["exit0"])
    assert (p.returncode, p.stdout, p.stderr) == (0, b"hello from pyuk\n", b"")
    headers = subprocess.run(["readelf", "-lW", str(unix_elves["exit0"])],
                             capture_output=True, text=True).stdout
    assert "INTERP" not in headers and "DYNAMIC" not in headers
    assert not re.search(r"LOAD .* RWE", headers)


def test_unix_heap_is_lazy(unix_elves):
    """64 GiB reserved, yet the process stays small."""
    from tests.peak_rss import run_measured

    run = run_measured([str(unix_elves["checks"])], timeout=TIMEOUT)
    assert run.status == 7
    assert 0 < run.peak_kib < 16384, run.peak_kib


# ---------------------------------------------------------------- kvm

@pytest.fixture(scope="module")
def kvm_elves(tmp_path_factory):
    return build_all("kvm", tmp_path_factory.mktemp("kvm"))


KVM_CMD = ["-nodefaults", "-no-user-config", "-nographic", "-serial", "stdio"]
DEBUG_EXIT = ["-device", "isa-debug-exit,iobase=0xf4,iosize=4"]
QUIET_SEABIOS = ["-fw_cfg", "name=etc/sercon-port,string=0"]


def run_kvm(elf, extra=DEBUG_EXIT):
    rc, out, err, wall, cpu = run_timed([QEMU, *KVM_CMD, *extra, "-kernel", str(elf)])
    text = out.decode(errors="replace")
    # SeaBIOS also prints on COM1; our output starts after its last line.
    if "Booting from ROM.." in text:
        text = text.split("Booting from ROM..", 1)[1]
    return rc, text, wall, cpu


@needs_qemu
def test_kvm_checks(kvm_elves):
    rc, text, wall, _ = run_kvm(kvm_elves["checks"])
    assert rc == (7 << 1) | 1          # isa-debug-exit: (status << 1) | 1
    check_checks_output(text, "ok tsc")
    assert wall < 20


@needs_qemu
@pytest.mark.parametrize("case", ["overflow", "write_text", "exec_data", "null", "panic"])
def test_kvm_faults(kvm_elves, case):
    rc, text, _, _ = run_kvm(kvm_elves[case])
    assert rc == (1 << 1) | 1
    check_fault_output(case, text)


@needs_qemu
def test_kvm_output_identical_to_unix(kvm_elves, unix_elves):
    """With SeaBIOS kept off the serial port, the serial bytes are exactly
    what the unix build writes to stdout + stderr."""
    rc, out, _, _, _ = run_timed([QEMU, *KVM_CMD, *DEBUG_EXIT, *QUIET_SEABIOS,
                                  "-kernel", str(kvm_elves["exit0"])])
    assert rc == 1 and out == run_unix(unix_elves["exit0"], merged=True).stdout
    rc, out, _, _, _ = run_timed([QEMU, *KVM_CMD, *DEBUG_EXIT, *QUIET_SEABIOS,
                                  "-kernel", str(kvm_elves["checks"])])
    unix = run_unix(unix_elves["checks"], merged=True).stdout
    assert rc == 15 and out == unix.replace(b"ok no tsc on unix", b"ok tsc")


@needs_qemu
def test_kvm_exit_without_debug_device(kvm_elves):
    """No isa-debug-exit, no -no-reboot: still ends (ACPI soft-off) and
    says the status."""
    rc, text, wall, _ = run_kvm(kvm_elves["panic"], extra=[])
    assert rc == 0
    assert text.endswith("pyuk: fatal: test panic\npyuk: exit status 1\n")


@needs_qemu
def test_kvm_yield_halts(kvm_elves):
    """Sleeping 1 s keeps QEMU mostly idle: the guest halts, it does not spin."""
    rc, text, wall, cpu = run_kvm(kvm_elves["sleep"])
    assert rc == 1
    ms = int(re.search(r"slept (\d+) ms", text).group(1))
    assert 1000 <= ms < 1500 and wall >= 1.0
    assert cpu < wall - 0.6, (cpu, wall)


@needs_qemu
def test_kvm_stack_size_variable(kvm_elves, tmp_path):
    """stack_size=16 MiB: the whole stack is usable, its guard still traps."""
    script = build.render_linker_script("kvm", tmp_path, stack_size=16 << 20)
    lib = kvm_elves["checks"].parent / "libplat-kvm.a"
    elf = build.build_program("kvm", "overflow", tmp_path / "big-stack.elf", tmp_path,
                              lib=lib, script=script)
    syms = subprocess.run(["nm", str(elf)], capture_output=True, text=True).stdout
    addr = {name: int(value, 16) for value, _, name in
            (line.split() for line in syms.splitlines() if len(line.split()) == 3)}
    assert addr["__stack_hi"] - addr["__stack_lo"] == 16 << 20
    rc, text, _, _ = run_kvm(elf)
    assert rc == 3
    check_fault_output("overflow", text)


@needs_qemu
def test_kvm_image_layout(kvm_elves):
    """W^X segments, PVH note, and the stripped size of the test kernel."""
    elf = kvm_elves["checks"]
    headers = subprocess.run(["readelf", "-lW", str(elf)], capture_output=True,
                             text=True).stdout
    loads = re.findall(r"LOAD .* ([RWE ]{3}) 0x", headers)
    assert loads == ["R E", "R  ", "RW "], headers
    notes = subprocess.run(["readelf", "-n", str(elf)], capture_output=True, text=True).stdout
    assert "0x00000012" in notes
    stripped = elf.with_suffix(".stripped")
    subprocess.run(["strip", "-o", str(stripped), str(elf)], check=True)
    print(f"kvm test kernel: {stripped.stat().st_size} bytes stripped")
    assert stripped.stat().st_size <= 12288


# ---------------------------------------------------------------- xen (dom0)

@pytest.fixture(scope="module")
def xen_elves(tmp_path_factory):
    return build_all("xen", tmp_path_factory.mktemp("xen"))


@pytest.fixture(scope="module")
def xen_binary():
    """Xen, uncompressed once (QEMU's multiboot loader needs it raw)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    xen = CACHE / "xen-4.17"
    if not xen.exists() or xen.stat().st_mtime < XEN_GZ.stat().st_mtime:
        tmp = xen.with_suffix(".tmp")
        tmp.write_bytes(gzip.decompress(XEN_GZ.read_bytes()))
        tmp.replace(xen)
    return xen


def run_xen_dom0(xen, elf, extra=DEBUG_EXIT):
    cmd = [QEMU, "-cpu", "max", "-m", "512", "-nographic", "-no-reboot",
           "-nodefaults", "-no-user-config", "-serial", "stdio", *extra,
           "-kernel", str(xen), "-initrd", str(elf),
           "-append", "console=com1 dom0=pvh dom0-iommu=none"]
    rc, out, _, wall, cpu = run_timed(cmd)
    text = out.decode(errors="replace").replace("\r\n", "\n")
    # Dom0 starts once Xen has freed its init memory; from then on, our
    # console_io output is whatever is not Xen's own log.
    text = re.split(r"\(XEN\) Freed \d+kB init memory\n", text, maxsplit=1)[-1]
    ours = "".join(line for line in text.splitlines(keepends=True)
                   if not line.startswith("(XEN)"))
    return rc, ours, wall, cpu


@needs_xen
def test_xen_dom0_checks(xen_binary, xen_elves):
    rc, text, wall, _ = run_xen_dom0(xen_binary, xen_elves["checks"])
    assert rc == (7 << 1) | 1, text
    check_checks_output(text, "ok tsc", "ok xenstore present or -ENODEV")


@needs_xen
@pytest.mark.parametrize("case", ["overflow", "write_text", "exec_data", "null"])
def test_xen_dom0_faults(xen_binary, xen_elves, case):
    rc, text, _, _ = run_xen_dom0(xen_binary, xen_elves[case])
    assert rc == (1 << 1) | 1, text
    check_fault_output(case, text)


@needs_xen
def test_xen_dom0_exit_without_debug_device(xen_binary, xen_elves):
    """Fallback: status line, then a reboot that ends QEMU -no-reboot."""
    rc, text, _, _ = run_xen_dom0(xen_binary, xen_elves["exit0"], extra=[])
    assert rc == 0
    assert text.endswith("hello from pyuk\npyuk: exit status 0\n")


@needs_xen
def test_xen_dom0_yield_blocks(xen_binary, xen_elves):
    rc, text, wall, cpu = run_xen_dom0(xen_binary, xen_elves["sleep"])
    assert rc == 1
    ms = int(re.search(r"slept (\d+) ms", text).group(1))
    assert 1000 <= ms < 1500
    # Xen's boot costs CPU time too; a spinning guest would add a full second.
    print(f"xen sleep run: wall {wall:.2f} s, QEMU cpu {cpu:.2f} s")
    assert cpu < wall - 0.6, (cpu, wall)


@needs_xen
def test_xen_image_size(xen_elves):
    elf = xen_elves["checks"]
    stripped = elf.with_suffix(".stripped")
    subprocess.run(["strip", "-o", str(stripped), str(elf)], check=True)
    print(f"xen test kernel: {stripped.stat().st_size} bytes stripped")
    assert stripped.stat().st_size <= 12288
