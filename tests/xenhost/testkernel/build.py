"""Builds variants of the fixture kernel, cached by source and parameters.

Each variant bakes its behaviour into the image (message, how it ends,
exit status, xenstore key to echo) so a test states exactly what the guest
does; a build takes a fraction of a second and is cached.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from pyuk.xenhost.cache import cache_root, digest, write_atomic

HERE = Path(__file__).resolve().parent
SOURCES = ("entry.S", "kernel.c", "kernel.ld")

# How the kernel ends after printing; values are TK_MODE in kernel.c.
MODES = {
    "poweroff": 0,  # SCHEDOP_shutdown reason 0
    "reboot": 1,
    "crash": 3,
    "block": 100,  # blocks its vCPU forever (sti; hlt)
    "spin": 101,  # burns CPU forever
}

CFLAGS = [
    "-m32",
    "-march=i686",
    "-std=gnu11",
    "-O2",
    "-ffreestanding",
    "-nostdlib",
    "-fno-pic",
    "-fno-pie",
    "-fno-stack-protector",
    "-fno-asynchronous-unwind-tables",
    "-mno-sse",
    "-mno-mmx",
    "-Wall",
    "-Wextra",
    "-Werror",
]


def _params_header(message: bytes, mode: str, exit_status: int | None, echo_key: str | None) -> str:
    lines = [f"#define TK_MODE {MODES[mode]}"]
    if exit_status is not None:
        lines.append(f"#define TK_EXIT_STATUS {int(exit_status)}")
    if echo_key is not None:
        if not echo_key.isascii() or any(c in echo_key for c in '"\\\n'):
            raise ValueError(f"unsupported xenstore key: {echo_key!r}")
        lines.append(f'#define TK_ECHO_KEY "{echo_key}"')
    body = ", ".join(str(b) for b in message)
    lines.append(f"static const unsigned char tk_message[] = {{ {body} }};")
    return "\n".join(lines) + "\n"


def build_test_kernel(
    message: bytes | str,
    mode: str = "poweroff",
    exit_status: int | None = None,
    echo_key: str | None = None,
) -> Path:
    """Path of a cached ELF that prints `message` (exact bytes) and ends as `mode`."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {sorted(MODES)}")
    data = message.encode() if isinstance(message, str) else message
    header = _params_header(data, mode, exit_status, echo_key)
    sources = [(HERE / name).read_bytes() for name in SOURCES]
    key = digest(header, *sources, " ".join(CFLAGS))
    out = cache_root() / "testkernel" / f"tk-{key}.elf"
    if out.exists():
        return out
    with tempfile.TemporaryDirectory(prefix="pyuk-tk-") as tmp:
        t = Path(tmp)
        (t / "params.h").write_text(header)
        for src in ("entry.S", "kernel.c"):
            subprocess.run(
                ["gcc", *CFLAGS, f"-I{t}", "-c", str(HERE / src), "-o", str(t / (src + ".o"))],
                check=True,
            )
        subprocess.run(
            [
                "ld",
                "-m",
                "elf_i386",
                "-nostdlib",
                "-T",
                str(HERE / "kernel.ld"),
                "-o",
                str(t / "k.elf"),
                str(t / "entry.S.o"),
                str(t / "kernel.c.o"),
            ],
            check=True,
        )
        write_atomic(out, (t / "k.elf").read_bytes())
    return out
