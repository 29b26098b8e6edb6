"""Runs PVH kernels as real Xen domUs: Xen 4.17 + a Linux dom0 booted in QEMU.

    from pyuk.xenhost import DomU, run_batch
    batch = run_batch([DomU("hello", Path("hello.elf"))])
    batch["hello"].console, batch["hello"].exit_status

See README.md for what a kernel must do and what the harness costs.
"""

from .deps import MissingPackages
from .hostimage import HostImage, build_host_image
from .runner import XenHostError, run_batch, run_domus
from .spec import Batch, DomU, DomUResult

__all__ = [
    "Batch",
    "DomU",
    "DomUResult",
    "HostImage",
    "MissingPackages",
    "XenHostError",
    "build_host_image",
    "run_batch",
    "run_domus",
]
