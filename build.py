#!/usr/bin/env python3
"""pyuk's one entry point: set up a machine, run the demo, the tests, the
benchmarks.

    python3 build.py setup   install what is missing (apt when root, pip in .venv)
    python3 build.py demo    set up, compile examples/hello.py and boot it as
                             a kvm unikernel in QEMU, as a Xen PVH dom0 and as
                             a Xen domU
    python3 build.py test    set up, then run the static checks and every test
    python3 build.py bench   set up, then run the benchmarks (bench/)

Everything runs inside .venv (created on first use), so the system Python
is never modified.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
VENV_PYTHON = VENV / "bin" / "python"
STAMP = VENV / ".pyuk-installed"

APT_PACKAGES = [
    "gcc", "binutils", "make", "musl-dev", "python3-venv",
    "qemu-system-x86", "xen-hypervisor-4.17-amd64", "xen-utils-4.17", "xenstore-utils",
    "libxen-dev", "linux-image-amd64", "busybox-static", "iproute2", "cpio",
]


def run(cmd: list[str], **kwargs: object) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, **kwargs)  # type: ignore[call-overload]


def missing_apt_packages() -> list[str]:
    missing = []
    for package in APT_PACKAGES:
        result = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True
        )
        if "install ok installed" not in result.stdout:
            missing.append(package)
    return missing


def install_apt() -> None:
    missing = missing_apt_packages()
    if not missing:
        return
    command = ["apt-get", "install", "-y", "--no-install-recommends", *missing]
    if os.geteuid() != 0:
        sys.exit("pyuk needs these Debian packages; run as root:\n"
                 f"  apt-get update && {' '.join(command)}")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    run(["apt-get", "update", "-q"], env=env)
    run(command, env=env)


def install_python() -> None:
    """.venv with the package in editable mode and its test extras."""
    if not VENV_PYTHON.exists():
        run([sys.executable, "-m", "venv", str(VENV)])
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    run([str(VENV_PYTHON), "-m", "pip", "install", "-q", "--upgrade", "pip"])
    run([str(VENV_PYTHON), "-m", "pip", "install", "-q", "-e", f"{ROOT}[test,bench]"])
    STAMP.write_text(wanted)


def setup() -> None:
    install_apt()
    install_python()


def in_venv() -> bool:
    return Path(sys.prefix).resolve() == VENV.resolve()


def reexec_in_venv(command: str) -> None:
    """Runs this script again with the venv's Python."""
    os.execv(str(VENV_PYTHON), [str(VENV_PYTHON), str(ROOT / "build.py"), command,
                                *sys.argv[2:]])


def demo() -> None:
    from pyuk.cli import main as pyuk

    example = ROOT / "examples" / "hello.py"
    print("== compile for kvm and boot in QEMU", flush=True)
    status = pyuk(["compile", str(example), "-t", "kvm", "-o", str(ROOT / "build" / "hello.elf"),
                   "--size"])
    status = status or pyuk(["run", str(example), "-t", "kvm"])
    print("== boot the xen kernel as a PVH dom0 of Xen 4.17 in QEMU", flush=True)
    status = status or pyuk(["run", str(example), "-t", "xen", "--dom0"])
    print("== run it as a domU: xl create in a Xen host (Xen 4.17, Debian dom0) in QEMU",
          flush=True)
    status = status or pyuk(["run", str(example), "-t", "xen"])
    sys.exit(status)


def test() -> None:
    env = dict(os.environ)
    checks = [
        [sys.executable, "-m", "mypy", "--strict", "compiler/pyuk"],
        [sys.executable, "-m", "ruff", "check", "compiler"],
        [sys.executable, "-m", "pytest", "-n", str(min(os.cpu_count() or 2, 4)), "tests",
         *sys.argv[2:]],
    ]
    for check in checks:
        run(check, cwd=ROOT, env=env)


def bench() -> None:
    run([sys.executable, str(ROOT / "bench" / "run.py"), *sys.argv[2:]], cwd=ROOT)


COMMANDS = {"setup": setup, "demo": demo, "test": test, "bench": bench}


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        print(__doc__)
        sys.exit(0 if len(sys.argv) < 2 else 2)
    command = sys.argv[1]
    if command == "setup":
        setup()
        return
    if not in_venv():
        setup()
        reexec_in_venv(command)
    (ROOT / "build").mkdir(exist_ok=True)
    COMMANDS[command]()


if __name__ == "__main__":
    if shutil.which("dpkg-query") is None:
        sys.exit("build.py expects a Debian machine (dpkg-query not found)")
    main()
