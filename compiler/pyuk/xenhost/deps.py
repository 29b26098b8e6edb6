"""The Debian packages the harness is built from, and their versions.

Everything the Xen host is made of comes from packages installed on this
machine; their versions are part of every cache key, and a missing one is
reported with the exact command that installs it.
"""

from __future__ import annotations

import subprocess

# What `python3 build.py test` installs for this harness.
PACKAGES = (
    "xen-hypervisor-4.17-amd64",
    "xen-utils-4.17",
    "xenstore-utils",
    "qemu-system-x86",
    "iproute2",
    "linux-image-amd64",
    "busybox-static",
    "cpio",
    "libxen-dev",  # xenctrl.h for dom0's pyuk-helper
    "gcc",
)

# Also copied into the dom0 image; present on every Debian system.
BASE_PACKAGES = ("bash", "libc6", "libgcc-s1", "util-linux")


class MissingPackages(RuntimeError):
    """Raised when a package the harness needs is not installed."""

    def __init__(self, missing: list[str]) -> None:
        self.missing = missing
        self.command = "apt-get install --no-install-recommends " + " ".join(missing)
        super().__init__(
            f"the Xen test host needs Debian packages that are not installed: "
            f"{', '.join(missing)}\n  install them with: {self.command}"
        )


def installed_versions(packages: tuple[str, ...]) -> dict[str, str]:
    """Installed version of each package that is installed (others are left out)."""
    proc = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Package}\t${Version}\t${db:Status-Abbrev}\n", *packages],
        capture_output=True,
        text=True,
        check=False,
    )
    versions: dict[str, str] = {}
    for line in proc.stdout.splitlines():
        name, version, status = [*line.split("\t"), "", ""][:3]
        if status.startswith("ii") and version:
            versions[name.split(":")[0]] = version
    return versions


def require() -> dict[str, str]:
    """Versions of all needed packages; raises MissingPackages naming what to install."""
    wanted = PACKAGES + BASE_PACKAGES
    versions = installed_versions(wanted)
    missing = [p for p in wanted if p not in versions]
    if missing:
        raise MissingPackages(missing)
    return versions
