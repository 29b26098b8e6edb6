"""The three targets: what runtime folders they build, with which flags,
how they are linked, and which LLVM target the compiled code uses."""

from __future__ import annotations

from dataclasses import dataclass

from pyuk.codegen.backend import KERNEL, UNIX
from pyuk.codegen.emitter import Target as CodegenTarget

COMMON_CFLAGS = (
    "-std=c11",
    "-O2",
    "-ffreestanding",
    "-nostdlib",
    "-fno-stack-protector",
    "-fno-pic",
    "-fno-pie",
    "-fno-asynchronous-unwind-tables",
    "-ffunction-sections",
    "-fdata-sections",
    "-Wall",
    "-Wextra",
    "-Werror",
)

# Debian's musl provides the libm functions (pow, ...) on every target.
MUSL_LIBC = "/usr/lib/x86_64-linux-musl/libc.a"


@dataclass(frozen=True)
class Target:
    name: str
    folders: tuple[str, ...]
    extra_cflags: tuple[str, ...]
    linker_template: str
    codegen: CodegenTarget

    @property
    def is_kernel(self) -> bool:
        return self.codegen.kernel


TARGETS: dict[str, Target] = {
    "unix": Target("unix", ("core", "unix"), (), "unix.ld.j2", UNIX),
    "kvm": Target(
        "kvm",
        ("core", "x86_64", "kvm"),
        ("-mno-red-zone", "-DPYUK_KERNEL=1"),
        "kernel.ld.j2",
        KERNEL,
    ),
    "xen": Target(
        "xen",
        ("core", "x86_64", "xen"),
        ("-mno-red-zone", "-DPYUK_KERNEL=1"),
        "kernel.ld.j2",
        KERNEL,
    ),
}
