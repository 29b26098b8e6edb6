"""The dom0 userland: which host files go into the base initramfs, and where.

dom0 needs just enough to be a Xen host: busybox, bash (the hotplug scripts
are bash), iproute2 (vif-bridge needs the real `ip`), the Xen toolstack with
its shared libraries, the hotplug scripts, the kernel modules a dom0 loads,
and our /init.  Files are copied from this machine's Debian packages.
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .cpio import Archive

XEN_BIN = "/usr/lib/xen-4.17/bin"
DOM0 = Path(__file__).resolve().parent / "dom0"
INIT_SCRIPT = DOM0 / "init"
XL_RUN_SCRIPT = DOM0 / "xl-run"  # /usr/bin/pyuk-xl-run, what `pyuk run -t xen` runs with xl
HELPER_SOURCE = DOM0 / "helper.c"  # /usr/bin/pyuk-helper, built by hostimage.py

# Binaries whose shared libraries are copied too.
BINARIES = (
    "/usr/bin/bash",
    "/usr/bin/flock",
    "/usr/sbin/ip",
    "/usr/sbin/bridge",
    f"{XEN_BIN}/xl",
    f"{XEN_BIN}/xenstored",
    f"{XEN_BIN}/xenconsoled",
    f"{XEN_BIN}/xenconsole",  # the client behind `xl console`
    f"{XEN_BIN}/xen-init-dom0",
    f"{XEN_BIN}/libxl-save-helper",
    f"{XEN_BIN}/xenstore-control",
    "/usr/bin/xenstore",
)
# glibc dlopen()s libgcc_s for pthread_cancel, so ldd does not list it; without
# it xl aborts with "libgcc_s.so.1 must be installed for pthread_cancel to work".
DLOPENED = ("/usr/lib/x86_64-linux-gnu/libgcc_s.so.1",)
XENSTORE_TOOLS = ("read", "write", "ls", "list", "exists", "rm", "chmod", "watch")
SBIN_LINKS = ("xl", "xenstored", "xenconsoled", "xen-init-dom0")
# busybox applets left out: iproute2's `ip` must win (vif-bridge needs it), and
# without `brctl` the hotplug scripts take the `ip link ... master` path.
SKIPPED_APPLETS = {"ip", "brctl", "busybox", "init", "linuxrc"}

# Kernel modules, by name; their dependencies are added from modules.dep.
XEN_MODULES = ("xen-evtchn", "xen-privcmd", "xenfs", "xen-gntdev", "xen-gntalloc")
NET_MODULES = ("bridge", "xen-netback")


@dataclass(frozen=True)
class Dom0Kernel:
    """A dom0 kernel and its matching module tree."""

    version: str
    bzimage: Path
    modules: Path


def find_dom0_kernel() -> Dom0Kernel:
    """The newest /boot/vmlinuz-* that has its modules installed."""

    def key(version: str) -> list[int]:
        return [int(n) for n in re.findall(r"\d+", version)]

    found = []
    for image in Path("/boot").glob("vmlinuz-*"):
        version = image.name[len("vmlinuz-") :]
        if (Path("/lib/modules") / version / "modules.dep").exists():
            found.append(version)
    if not found:
        raise FileNotFoundError(
            "no /boot/vmlinuz-* with modules in /lib/modules "
            "(apt-get install --no-install-recommends linux-image-amd64)"
        )
    version = max(found, key=key)
    return Dom0Kernel(version, Path("/boot") / f"vmlinuz-{version}", Path("/lib/modules") / version)


def shared_libraries(binary: str) -> list[str]:
    """Absolute paths of the libraries (and loader) that ldd reports for a binary."""
    out = subprocess.run(["ldd", binary], capture_output=True, text=True, check=False).stdout
    libs = []
    for line in out.splitlines():
        m = re.search(r"=>\s*(/\S+)", line) or re.match(r"\s*(/\S+)", line)
        if m:
            libs.append(m.group(1))
    return libs


def module_closure(kernel: Dom0Kernel, names: tuple[str, ...]) -> list[str]:
    """Relative module paths for `names` plus dependencies, in a valid load order."""
    deps: dict[str, list[str]] = {}
    for line in (kernel.modules / "modules.dep").read_text().splitlines():
        mod, _, rest = line.partition(":")
        deps[mod] = rest.split()
    by_name = {_module_name(m): m for m in deps}
    order: list[str] = []
    for name in names:
        if name not in by_name:
            raise FileNotFoundError(f"kernel module {name} not in {kernel.modules}")
        mod = by_name[name]
        # modules.dep lists dependencies so that loading them right-to-left works
        for dep in [*reversed(deps[mod]), mod]:
            if dep not in order:
                order.append(dep)
    return order


def _module_name(path: str) -> str:
    base = os.path.basename(path)
    return re.sub(r"\.ko(\.(xz|gz|zst))?$", "", base).replace("_", "-")


def host_files(kernel: Dom0Kernel) -> list[str]:
    """Every host file the base image copies; their stat data keys the cache."""
    files = list(BINARIES) + list(DLOPENED) + ["/usr/bin/busybox"]
    for binary in BINARIES:
        files += shared_libraries(binary)
    scripts = Path("/etc/xen/scripts")
    files += sorted(str(p) for p in scripts.iterdir() if p.is_file())
    files.append("/etc/xen/xl.conf")
    modules = module_closure(kernel, XEN_MODULES + NET_MODULES)
    files += [str(kernel.modules / m) for m in modules]
    return sorted(set(files))


def _install_path(host_path: str) -> str:
    """Where a host file goes in the merged-/usr image: its real folder, its own name."""
    folder = os.path.realpath(os.path.dirname(host_path))
    return os.path.join(folder, os.path.basename(host_path))


def build_rootfs(kernel: Dom0Kernel, helper: bytes) -> Archive:
    """The base dom0 image: everything but the job.  helper: pyuk-helper's binary."""
    a = Archive()
    for d in (
        "usr/bin",
        "usr/sbin",
        "usr/lib/x86_64-linux-gnu",
        "usr/lib64",
        "proc",
        "sys",
        "dev",
        "run",
        "tmp",
        "root",
        "etc/xen",
        "var/lib/xen",
        "var/log/xen/console",
        "var/lib/xenstored",
    ):
        a.dir(d)
    a.dir("tmp", 0o1777)
    a.chardev("dev/console", 5, 1)
    for link, target in (
        ("bin", "usr/bin"),
        ("sbin", "usr/sbin"),
        ("lib", "usr/lib"),
        ("lib64", "usr/lib64"),
        ("var/run", "../run"),
        ("var/lock", "../run/lock"),
    ):
        a.symlink(link, target)

    for f in host_files(kernel):
        if "/lib/modules/" in f:
            continue
        p = Path(f)
        a.file(_install_path(f), p.read_bytes(), p.stat().st_mode & 0o7777)

    applets = subprocess.run(
        ["/usr/bin/busybox", "--list"], capture_output=True, text=True, check=True
    ).stdout.split()
    for applet in applets:
        path = f"usr/bin/{applet}"
        if applet not in SKIPPED_APPLETS and path not in a:
            a.symlink(path, "busybox")
    for tool in XENSTORE_TOOLS:
        a.symlink(f"usr/bin/xenstore-{tool}", "xenstore")
    for tool in SBIN_LINKS:
        a.symlink(f"usr/sbin/{tool}", f"../lib/xen-4.17/bin/{tool}")

    mod_dir = f"lib/modules/{kernel.version}"
    for group, names in (("xen", XEN_MODULES), ("net", NET_MODULES)):
        order = module_closure(kernel, names)
        for m in order:
            a.file(
                f"usr/{mod_dir}/{os.path.basename(_strip_compression(m))}",
                _module_bytes(kernel.modules / m),
            )
        a.file(
            f"usr/{mod_dir}/{group}.order",
            "".join(os.path.basename(_strip_compression(m)) + "\n" for m in order).encode(),
        )

    a.file("init", INIT_SCRIPT.read_bytes(), 0o755)
    a.file("usr/bin/pyuk-xl-run", XL_RUN_SCRIPT.read_bytes(), 0o755)
    a.file("usr/bin/pyuk-helper", helper, 0o755)
    a.file("etc/passwd", b"root:x:0:0:root:/root:/bin/sh\n")
    a.file("etc/group", b"root:x:0:\n")
    return a


def _strip_compression(path: str) -> str:
    return re.sub(r"\.(xz|gz|zst)$", "", path)


def _module_bytes(path: Path) -> bytes:
    """A module as insmod wants it: busybox insmod cannot read compressed ones."""
    data = path.read_bytes()
    if path.suffix == ".xz":
        import lzma

        return lzma.decompress(data)
    if path.suffix == ".gz":
        import gzip

        return gzip.decompress(data)
    return data
