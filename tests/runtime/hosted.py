"""The runtime core as a hosted program, for the C unit tests of the
containers and the string runtime: every core source compiled with the
runtime's flags plus AddressSanitizer and UBSan, archived (so a driver
links only what it uses) and linked with a driver and hosted_platform.c."""

from __future__ import annotations

import os
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "runtime-c" / "core"
INCLUDE = ROOT / "runtime-c" / "include"
PLATFORM = Path(__file__).resolve().parent / "hosted_platform.c"

RUNTIME_FLAGS = [
    "-std=c11", "-ffreestanding", "-fno-stack-protector", "-fno-pic", "-fno-pie",
    "-fno-asynchronous-unwind-tables", "-ffunction-sections", "-fdata-sections",
    "-Wall", "-Wextra", "-Werror", f"-I{INCLUDE}",
]
SANITIZE = ["-O1", "-g", "-fno-omit-frame-pointer", "-fsanitize=address,undefined",
            "-fno-sanitize-recover=all"]
# Not part of a hosted build: the C library provides these, or the test does.
EXCLUDED = {"mem.c", "main.c"}


def build_hosted(out: Path, driver: Path, name: str) -> Path:
    """out/name: driver linked with the sanitized runtime core."""
    sources = [p for p in sorted(CORE.glob("*.c")) if p.name not in EXCLUDED]

    def compile_one(src: Path) -> Path:
        obj = out / (src.stem + ".o")
        subprocess.run(["gcc", *RUNTIME_FLAGS, *SANITIZE, "-c", str(src), "-o", str(obj)],
                       check=True)
        return obj

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        objs = list(pool.map(compile_one, sources))
    archive = out / "libcore.a"
    subprocess.run(["ar", "rcs", str(archive), *map(str, objs)], check=True)
    exe = out / name
    subprocess.run(["gcc", "-std=c11", "-Wall", "-Wextra", "-Werror", f"-I{INCLUDE}",
                    *SANITIZE, "-no-pie", str(driver), str(PLATFORM), str(archive), "-lm",
                    "-o", str(exe)], check=True)
    return exe
