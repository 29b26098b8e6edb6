"""Builds the platform test program for one target, the way the compiler's
driver builds programs: the same gcc flags, one static library per target,
ld --gc-sections with the rendered linker template.

    python3 tests/platform/build.py {unix|kvm|xen} CASE OUT.elf
"""
import subprocess
import sys
from pathlib import Path

import jinja2

ROOT = Path(__file__).resolve().parents[2]
RUNTIME = ROOT / "runtime-c"
TEMPLATES = ROOT / "compiler" / "pyuk" / "templates"
HERE = Path(__file__).resolve().parent

CFLAGS = [
    "-std=c11", "-O2", "-ffreestanding", "-nostdlib", "-fno-stack-protector",
    "-fno-pic", "-fno-pie", "-fno-asynchronous-unwind-tables",
    "-ffunction-sections", "-fdata-sections", "-Wall", "-Wextra", "-Werror",
    f"-I{RUNTIME / 'include'}",
]
KERNEL_CFLAGS = ["-mno-red-zone"]
FOLDERS = {"unix": ["unix"], "kvm": ["x86_64", "kvm"], "xen": ["x86_64", "xen"]}
CASES = {"checks": 0, "exit0": 1, "overflow": 2, "write_text": 3,
         "exec_data": 4, "null": 5, "panic": 6, "sleep": 7,
         "xen_drivers": 8}
XEN_ONLY = {"xen_drivers"}


def cflags(target):
    return CFLAGS + ([] if target == "unix" else KERNEL_CFLAGS)


def run(cmd):
    subprocess.run([str(c) for c in cmd], check=True)


def build_library(target, workdir):
    """Compiles the platform folders of `target` into libplat-<target>.a."""
    objdir = Path(workdir) / f"obj-{target}"
    objdir.mkdir(parents=True, exist_ok=True)
    objs = []
    for folder in FOLDERS[target]:
        for src in sorted((RUNTIME / folder).iterdir()):
            if src.suffix not in (".c", ".S"):
                continue
            obj = objdir / f"{folder}-{src.name}.o"
            run(["gcc", *cflags(target), "-c", src, "-o", obj])
            objs.append(obj)
    lib = Path(workdir) / f"libplat-{target}.a"
    lib.unlink(missing_ok=True)
    run(["ar", "rcs", lib, *objs])
    return lib


def render_linker_script(target, workdir, **variables):
    name = "unix.ld.j2" if target == "unix" else "kernel.ld.j2"
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)),
                             undefined=jinja2.StrictUndefined)
    out = Path(workdir) / f"{target}.ld"
    out.write_text(env.get_template(name).render(**variables))
    return out


def build_program(target, case, out, workdir, lib=None, script=None):
    workdir = Path(workdir)
    lib = lib or build_library(target, workdir)
    script = script or render_linker_script(target, workdir)
    defs = [f"-DTEST_CASE={CASES[case]}", f"-DTEST_{target.upper()}"]
    objs = []
    for src in (HERE / "platform_test.c", HERE / "libc_min.c"):
        obj = workdir / f"{target}-{case}-{src.stem}.o"
        run(["gcc", *cflags(target), *defs, "-c", src, "-o", obj])
        objs.append(obj)
    run(["ld", "--gc-sections", "-static", "-T", script, "-o", out, *objs, lib])
    return Path(out)


if __name__ == "__main__":
    target, case, out = sys.argv[1:4]
    build_program(target, case, out, Path(out).parent)
