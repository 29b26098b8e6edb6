"""The xenhost harness: its pieces, then two real Xen host boots.

The first boot runs a sequential batch (clean exit with a status written to
xenstore, crash, hang until timeout, binary console, reboot, and the
platform layer's own xen kernels when they build); the second runs a vif,
a dom0 hook and two domUs at a time.  Each boot pays dom0's start once.
"""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from pyuk.xenhost import deps, framing
from pyuk.xenhost.cpio import Archive
from pyuk.xenhost.hostimage import build_host_image
from pyuk.xenhost.job import domu_config, kernel_path, xenstore_script
from pyuk.xenhost.runner import host_memory_mb, run_batch
from pyuk.xenhost.spec import Batch, DomU

from .testkernel import build_test_kernel

# one xdist worker for every Xen QEMU run: the module's boots happen once,
# and never beside another TCG guest on the same two cores
pytestmark = pytest.mark.xdist_group("xen")

ROOT = Path(__file__).resolve().parents[2]
BINARY = bytes(range(256)) * 12  # NULs, CR, LF, 0xff; 3 KiB > the 2 KiB ring


# ------------------------------------------------------------ pieces, no QEMU


def _block(index: int, name: str, data: bytes) -> list[str]:
    import base64

    text = base64.b64encode(data).decode()
    lines = [text[i : i + 64] for i in range(0, len(text), 64)]
    md5 = hashlib.md5(data).hexdigest()
    return [f"@@PYUK-BLOCK {index} {name} {len(data)} {md5}", *lines, f"@@PYUK-END {index} {name}"]


def test_framing_recovers_blocks_cut_by_xen_lines() -> None:
    data = b"console\0bytes\r\nno newline at end"
    lines = _block(0, "console", data)
    # Xen prints a whole line of its own in the middle of one of ours
    lines[1] = lines[1][:10] + "(XEN) d1v0 Triple fault\r\n" + lines[1][10:]
    serial = "\r\n".join(["(XEN) boot", "@@PYUK-READY", *lines, "@@PYUK-DONE", ""])
    report = framing.parse(serial.encode("latin-1"))
    assert report.blocks == {0: {"console": data}}
    assert report.markers == {"READY", "DONE"}


def test_framing_flags_damaged_blocks() -> None:
    lines = _block(3, "meta", b"reason=poweroff\n")
    lines[1] = lines[1][:-4]  # bytes lost on the way
    report = framing.parse("\n".join(lines).encode())
    assert report.damaged == ["3/meta"] and not report.blocks


def _out_line(index: int, offset: int, data: bytes) -> bytes:
    import base64

    return b"@@PYUK-OUT %d %d %d %s\r\n" % (index, offset, len(data), base64.b64encode(data))


def test_console_stream_delivers_in_order_once_and_fills_gaps() -> None:
    got: list[tuple[int, bytes]] = []
    stream = framing.ConsoleStream(lambda i, data: got.append((i, data)))
    serial = b"(XEN) noise\n" + _out_line(0, 0, b"ab") + _out_line(1, 0, b"x\0y")
    stream.feed(serial[:20])  # lines are handled once they are complete
    stream.feed(serial[20:])
    assert got == [(0, b"ab"), (1, b"x\0y")]
    damaged = _out_line(0, 2, b"cd")[:-6] + b"\n"  # cut short: dropped
    stream.feed(damaged + _out_line(0, 4, b"ef") + _out_line(0, 0, b"ab"))
    assert got[2:] == []  # after a gap, nothing until the result comes
    stream.finish(0, b"abcdef")
    stream.finish(1, b"x\0y")
    assert got[2:] == [(0, b"cdef")]


def test_framing_ignores_streamed_lines_inside_a_block() -> None:
    data = bytes(range(200))
    lines = _block(2, "result", data)
    # a streamed chunk written between two writes of base64, mid-line
    lines[2] = lines[2][:7] + _out_line(0, 0, b"hi").decode() + lines[2][7:]
    report = framing.parse("\n".join(lines).encode())
    assert report.blocks == {2: {"result": data}}


def test_cpio_archive_lists_with_gnu_cpio() -> None:
    a = Archive()
    a.file("usr/bin/tool", b"#!/bin/sh\n", 0o755)
    a.symlink("bin", "usr/bin")
    a.chardev("dev/console", 5, 1)
    listing = subprocess.run(
        ["cpio", "-it", "--quiet"], input=a.to_bytes(), capture_output=True, check=True
    ).stdout.split()
    assert listing == [b"bin", b"dev", b"usr", b"dev/console", b"usr/bin", b"usr/bin/tool"]


def test_domu_config_and_xenstore_script() -> None:
    d = DomU(
        "web",
        Path("/k.elf"),
        memory_mb=48,
        vif=True,
        extra_cfg=['tsc_mode = "native"'],
        xenstore={"pyuk/args": "a 'quoted' $value", "/tool/x": "-1"},
    )
    cfg = domu_config(5, d, "/job/k/x.elf")
    assert 'type = "pvh"' in cfg and "memory = 48" in cfg
    assert 'on_crash = "preserve"' in cfg and 'on_reboot = "preserve"' in cfg
    assert "vif = [ 'bridge=xenbr0,mac=00:16:3e:00:00:07' ]" in cfg
    assert cfg.rstrip().endswith('tsc_mode = "native"')
    script = xenstore_script(d)
    assert "xenstore-write -- \"/local/domain/$DOMID/\"pyuk/args 'a '\"'\"'quoted" in script
    assert 'xenstore-chmod -- /tool/x "n$DOMID"' in script


def test_host_memory_fits_the_domus_that_run_at_once() -> None:
    small = [DomU(f"d{i}", Path("/k"), memory_mb=32) for i in range(20)]
    assert host_memory_mb(small, 1, 512) == 2048
    big = [DomU(f"d{i}", Path("/k"), memory_mb=1024) for i in range(3)]
    assert host_memory_mb(big, 1, 512) == 2048
    assert host_memory_mb(big, 3, 512) == 512 + 256 + 3 * 1032


def test_missing_package_names_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    real = deps.installed_versions

    def without_xen(packages: tuple[str, ...]) -> dict[str, str]:
        found = real(packages)
        found.pop("xen-utils-4.17", None)
        found.pop("xenstore-utils", None)
        return found

    monkeypatch.setattr(deps, "installed_versions", without_xen)
    with pytest.raises(deps.MissingPackages) as e:
        deps.require()
    assert (
        e.value.command == "apt-get install --no-install-recommends xen-utils-4.17 xenstore-utils"
    )
    assert e.value.command in str(e.value)


def test_host_image_is_built_once_then_cached() -> None:
    build_host_image()  # builds if this machine has never built this version
    t0 = time.monotonic()
    image = build_host_image()
    assert image.built == ()
    assert time.monotonic() - t0 < 2.0
    assert image.xen.read_bytes()[:4] != b"\x1f\x8b\x08\x00"  # gunzipped for QEMU
    assert image.vmlinux.read_bytes()[:4] == b"\x7fELF"
    listing = (
        subprocess.run(
            ["cpio", "-it", "--quiet"],
            input=gzip.decompress(image.initramfs.read_bytes()),
            capture_output=True,
            check=True,
        )
        .stdout.decode()
        .split()
    )
    for needed in (
        "init",
        "usr/lib/xen-4.17/bin/xl",
        "usr/lib/xen-4.17/bin/xenstored",
        "usr/lib/x86_64-linux-gnu/libgcc_s.so.1",
        "usr/sbin/ip",
        "usr/bin/bash",
        "usr/bin/pyuk-helper",
        "usr/bin/pyuk-xl-run",
        "usr/lib/xen-4.17/bin/xenconsole",
        "etc/xen/scripts/vif-bridge",
        "dev/console",
    ):
        assert needed in listing, needed
    assert not any(p == "usr/bin/ip" for p in listing)  # busybox ip would shadow iproute2
    assert any(p.endswith("/xen-netback.ko") for p in listing)


def test_test_kernel_is_cached() -> None:
    a = build_test_kernel(b"same\n", exit_status=3)
    t0 = time.monotonic()
    assert build_test_kernel(b"same\n", exit_status=3) == a
    assert time.monotonic() - t0 < 0.5
    assert build_test_kernel(b"other\n", exit_status=3) != a


# ------------------------------------------------------------ platform kernels


def _platform_build() -> ModuleType | None:
    """tests/platform/build.py, if the platform layer is there to build xen kernels."""
    path = ROOT / "tests" / "platform" / "build.py"
    spec = importlib.util.spec_from_file_location("pyuk_platform_build", path)
    if spec is None or spec.loader is None or not path.exists():
        return None
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception:
        return None
    return module


def platform_kernels(workdir: Path) -> dict[str, Path]:
    """The platform test program built for xen: 'checks', 'sleep' and
    'xen_drivers' (xenstore, event channels, grant table), or {} if it cannot be."""
    build = _platform_build()
    if build is None:
        return {}
    try:
        lib = build.build_library("xen", workdir)
        script = build.render_linker_script("xen", workdir)
        return {
            case: Path(
                build.build_program(
                    "xen", case, workdir / f"xen-{case}.elf", workdir, lib=lib, script=script
                )
            )
            for case in ("checks", "sleep", "xen_drivers")
        }
    except Exception:
        return {}


# ------------------------------------------------------------ real Xen boots


def _report(capsys: pytest.CaptureFixture[str], title: str, batch: Batch) -> None:
    with capsys.disabled():
        print(
            f"\n[xenhost] {title}: dom0 boot {batch.dom0_boot_s:.2f} s, toolstack "
            f"{batch.toolstack_s:.2f} s, batch {batch.batch_s:.2f} s, "
            f"preparation {batch.build_s:.2f} s"
        )
        for r in batch.results:
            print(
                f"[xenhost]   {r.name}: {r.reason}, status {r.exit_status}, create "
                f"{r.create_s:.2f} s, run {r.run_s:.2f} s, total {r.total_s:.2f} s, "
                f"cpu {r.cpu_time_s} s"
            )


@pytest.fixture(scope="module")
def sequential(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Batch]:
    plat = platform_kernels(tmp_path_factory.mktemp("platform"))
    not_elf = tmp_path_factory.mktemp("bad") / "not.elf"
    not_elf.write_bytes(b"this is no kernel\n")
    domus = [
        DomU(
            "status42",
            build_test_kernel(b"hello\n", exit_status=42, echo_key="pyuk/echo"),
            xenstore={"pyuk/echo": "from dom0"},
        ),
        DomU("crasher", build_test_kernel(b"going down", mode="crash")),
        DomU("hang", build_test_kernel(b"blocking\n", mode="block"), timeout=2),
        DomU("spin", build_test_kernel(b"spinning\n", mode="spin"), timeout=1.5),
        DomU("bad", not_elf),
        DomU("binary", build_test_kernel(BINARY, mode="reboot"), memory_mb=16),
        DomU("clean", build_test_kernel(b"bye\n")),
    ]
    domus += [DomU(f"platform-{case}", elf, timeout=20) for case, elf in plat.items()]
    yield run_batch(domus)


def test_batch_reports_each_console_and_status(
    sequential: Batch, capsys: pytest.CaptureFixture[str]
) -> None:
    _report(capsys, "sequential batch", sequential)
    r = sequential["status42"]
    assert (r.reason, r.exit_status, r.exit_status_written) == ("poweroff", 42, True)
    assert r.console == b"hello\nfrom dom0"  # a key dom0 wrote before unpause
    assert not r.ok
    r = sequential["clean"]
    assert (r.reason, r.exit_status, r.exit_status_written, r.console) == (
        "poweroff",
        0,
        False,
        b"bye\n",
    )
    assert r.ok and r.flags == "---s--"


def test_crash_is_reported_with_status_1(sequential: Batch) -> None:
    r = sequential["crasher"]
    assert (r.reason, r.exit_status, r.flags) == ("crash", 1, "---sc-")
    assert r.console == b"going down"


def test_hang_is_destroyed_at_its_timeout_and_shown_blocked(sequential: Batch) -> None:
    r = sequential["hang"]
    assert (r.reason, r.exit_status, r.console) == ("timeout", None, b"blocking\n")
    assert 2.0 <= r.run_s < 4.0
    assert r.blocked_seen and r.cpu_ns is not None and r.cpu_ns < 100_000_000


def test_cpu_time_tells_spinning_from_blocking(sequential: Batch) -> None:
    r = sequential["spin"]
    assert (r.reason, r.console, r.blocked_seen) == ("timeout", b"spinning\n", False)
    # it had the CPU whenever dom0 did not (~0.9 of the time when idle)
    assert r.cpu_ns is not None and r.cpu_ns >= 0.3e9 * r.run_s
    assert r.cpu_time_s == r.cpu_ns / 1e9


def test_unbootable_kernel_is_a_result_not_a_host_failure(sequential: Batch) -> None:
    r = sequential["bad"]
    assert (r.reason, r.exit_status, r.domid) == ("create-failed", None, None)
    assert "Parsing config" in r.toolstack_log and r.toolstack_log.count("\n") > 1


def test_console_bytes_come_back_exactly(sequential: Batch) -> None:
    r = sequential["binary"]
    assert r.console == BINARY
    assert (r.reason, r.exit_status) == ("reboot", None)


def test_platform_xen_kernels_run_as_domus(sequential: Batch) -> None:
    names = {r.name for r in sequential.results}
    if "platform-checks" not in names:
        pytest.skip("tests/platform cannot build xen kernels yet")
    r = sequential["platform-checks"]
    assert r.console.startswith(b"pyuk platform test\n")
    assert b"all checks passed\n" in r.console
    assert b"ok xenstore: the domain's name\n" in r.console  # a domU has a xenstore
    # the program exits 7: from xenstore once the platform writes it, else a crash
    assert r.exit_status == 7 if r.exit_status_written else r.reason == "crash"
    r = sequential["platform-xen_drivers"]
    assert r.ok and r.console.endswith(b"xen-drivers-passed\n"), r.console
    assert b"name=platform-xen_drivers\n" in r.console
    r = sequential["platform-sleep"]
    assert r.reason == "poweroff" and b"slept " in r.console
    assert r.run_s >= 1.0
    assert r.cpu_time_s is not None and r.cpu_time_s < 0.5  # it blocked, it did not spin


HOOK = """
for i in $(seq 100); do
    state=$(xenstore-read /local/domain/0/backend/vif/$DOMID/0/state 2>/dev/null)
    [ "$state" = 2 ] && break
    sleep 0.1
done
echo "domU $DOMNAME ($DOMU_MAC): vif backend state $state"
/usr/sbin/ip -o link show "vif$DOMID.0" | grep -o "master $BRIDGE"
/usr/sbin/ip -o -4 addr show "$BRIDGE" | grep -o "$DOM0_IP/24"
"""


def xl_run_hook(kernel: Path, name: str) -> str:
    """A dom0 hook that runs `kernel` (which must be in the batch) with
    pyuk-xl-run, as `pyuk run -t xen` does on a machine with xl."""
    return f"""
cat > /tmp/{name}.cfg <<CFG
name = "placeholder"
type = "pvh"
kernel = "{kernel_path(kernel)}"
memory = 32
CFG
pyuk-xl-run /tmp/{name}.cfg {name}
echo "status=$?"
"""


@pytest.fixture(scope="module")
def networked() -> Iterator[tuple[Batch, list[tuple[str, bytes, float]]]]:
    """vif + hook, two at a time, with every console streamed; and
    pyuk-xl-run from hooks."""
    guest = build_test_kernel(b"waiting for dom0\n", mode="block")
    via_xl = build_test_kernel(b"via xl\n" * 100, exit_status=5)
    crashes = build_test_kernel(b"about to crash", mode="crash")
    streamed: list[tuple[str, bytes, float]] = []
    t0 = time.monotonic()

    def on_console(d: DomU, data: bytes) -> None:
        streamed.append((d.name, data, time.monotonic() - t0))

    batch = run_batch(
        [
            DomU("net", guest, vif=True, hook=HOOK, end_with_hook=True, timeout=30),
            DomU("beside", build_test_kernel(b"in parallel\n")),
            DomU("direct", via_xl),
            DomU("xl", guest, hook=xl_run_hook(via_xl, "viaxl"), end_with_hook=True),
            DomU("crashes", crashes),
            DomU("xl-crash", guest, hook=xl_run_hook(crashes, "xlcrash"), end_with_hook=True),
        ],
        parallel=2,
        on_console=on_console,
    )
    streamed.append(("end", b"", time.monotonic() - t0))
    yield batch, streamed


def test_vif_on_bridge_and_dom0_hook(
    networked: tuple[Batch, list[tuple[str, bytes, float]]], capsys: pytest.CaptureFixture[str]
) -> None:
    batch, _ = networked
    _report(capsys, "vif + hook batch, 2 at a time, streamed", batch)
    r = batch["net"]
    assert (r.reason, r.hook_status) == ("hook-done", 0), r.hook_output
    assert r.hook_output == (
        b"domU net (00:16:3e:00:00:02): vif backend state 2\nmaster xenbr0\n10.99.0.1/24\n"
    )
    assert r.console == b"waiting for dom0\n"
    r = batch["beside"]
    assert r.ok and r.console == b"in parallel\n"


def test_consoles_are_streamed_exactly_before_the_batch_ends(
    networked: tuple[Batch, list[tuple[str, bytes, float]]],
) -> None:
    batch, streamed = networked
    end = streamed[-1][2]
    for r in batch.results:
        chunks = [(data, t) for name, data, t in streamed if name == r.name]
        assert b"".join(data for data, _ in chunks) == r.console
        if r.console:
            assert chunks[0][1] < end - 1.0, f"{r.name}: not streamed while it ran"


def test_xl_run_streams_the_console_and_returns_the_status(
    networked: tuple[Batch, list[tuple[str, bytes, float]]],
) -> None:
    batch, _ = networked
    assert batch["direct"].exit_status == 5
    r = batch["xl"]
    assert r.hook_status == 0 and r.hook_output == b"via xl\n" * 100 + b"status=5\n"
    r = batch["xl-crash"]
    assert r.hook_output == b"about to crashstatus=1\n"
