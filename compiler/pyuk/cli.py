"""The ``pyuk`` command: compile and run typed Python as executables and
unikernels."""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

from pyuk.diagnostics import CompileError
from pyuk.driver.compile import EMIT_KINDS, CompileOptions, compile_program
from pyuk.driver.link import LinkError
from pyuk.driver.run import RunError, run_kvm, run_unix, run_xen_dom0
from pyuk.driver.runtime_build import RuntimeBuildError
from pyuk.driver.xen_config import xl_config_path
from pyuk.driver.xen_domu import VIA, run_xen_via_qemu, run_xen_xl, xl_usable
from pyuk.frontend.mypy_build import MypyErrors
from pyuk.paths import cache_root, project_root

TARGET_NAMES = ("unix", "kvm", "xen")


def _add_compile_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", type=Path, help="the program's main module (.py)")
    parser.add_argument("-t", "--target", choices=TARGET_NAMES, default="unix")
    parser.add_argument("-O", dest="opt", choices=("0", "1", "2", "3", "s"), default="2",
                        help="optimisation level (default 2; s optimises for size)")
    parser.add_argument("--stack-size", type=int, default=None,
                        help="bytes of stack (kernels: default 1 MiB; unix: 1 GiB)")
    parser.add_argument("--boot-trace", action="store_true",
                        help="kernels: print the time from the first instruction to the "
                             "program's start, by boot phase")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pyuk", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    compile_cmd = commands.add_parser("compile", help="compile a program")
    _add_compile_options(compile_cmd)
    compile_cmd.add_argument("-o", "--output", type=Path, default=None)
    compile_cmd.add_argument("--emit", choices=EMIT_KINDS, default="exe",
                             help="what to produce (ir, llvm and asm print to stdout)")
    compile_cmd.add_argument("--size", action="store_true",
                             help="print the stripped size of the result")
    compile_cmd.add_argument("--timings", action="store_true",
                             help="print the wall time of each compile phase")
    compile_cmd.add_argument("--map", type=Path, default=None, help="write a linker map")
    compile_cmd.add_argument("--mypy-cache", type=Path, default=None,
                             help="mypy's cache directory (default: pyuk's cache); a fresh "
                                  "one gives a cold-cache compile")
    size_cmd = commands.add_parser(
        "size", help="stripped image size, by component (from the linker map)")
    _add_compile_options(size_cmd)
    size_cmd.add_argument("--json", action="store_true", help="print the report as JSON")
    size_cmd.add_argument("--detail", action="store_true",
                          help="list every component, not only the largest")
    run_cmd = commands.add_parser("run", help="compile (cached) and run a program")
    _add_compile_options(run_cmd)
    run_cmd.add_argument("--dom0", action="store_true",
                         help="xen: boot the kernel as a PVH dom0 in QEMU (fast check)")
    run_cmd.add_argument("--via", choices=VIA, default="auto",
                         help="xen: run the domU with this machine's xl, or in a Xen "
                              "host booted in QEMU (auto: xl when it works here)")
    run_cmd.add_argument("--timeout", type=float, default=None,
                         help="xen --via qemu: destroy the domU after SECONDS")
    run_cmd.add_argument("-m", "--memory", type=int, default=None,
                         help="guest memory in MiB (kvm: 64, xen: the .xl's, 32)")
    return parser


def _stripped_size(path: Path) -> int:
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        stripped = Path(tmp) / "stripped"
        subprocess.run(["strip", "-o", str(stripped), str(path)], check=True)
        return stripped.stat().st_size


def _compile_command(args: argparse.Namespace) -> int:
    options = CompileOptions(
        source=args.source, target=args.target, output=args.output, opt=args.opt,
        emit=args.emit, stack_size=args.stack_size, map_file=args.map,
        mypy_cache=args.mypy_cache, boot_trace=args.boot_trace,
    )
    result = compile_program(options)
    if result.text is not None:
        sys.stdout.write(result.text)
    if args.size and result.output is not None:
        size = _stripped_size(result.output)
        print(f"{result.output}: {size} bytes stripped ({size / 1024:.1f} KiB)")
    if args.timings:
        total = sum(result.timings.values())
        for phase, seconds in result.timings.items():
            print(f"{phase:>14}: {seconds * 1000:8.1f} ms", file=sys.stderr)
        print(f"{'total':>14}: {total * 1000:8.1f} ms", file=sys.stderr)
    return 0


def _size_command(args: argparse.Namespace) -> int:
    import json

    from pyuk.driver.size import format_report, measure_program

    report = measure_program(args.source, args.target, args.opt, stack_size=args.stack_size)
    if args.json:
        print(json.dumps(report.to_json(), indent=2))
    else:
        print(format_report(report, args.detail))
    return 0


def _program_fingerprint(args: argparse.Namespace) -> str:
    """What a cached build depends on: the program's directory, pyuk's
    stdlib, compiler and runtime sources, and the options."""
    digest = hashlib.sha256()
    digest.update(f"{args.target} {args.opt} {args.stack_size} {args.boot_trace}".encode())
    source = args.source.resolve()
    digest.update(str(source).encode())
    root = project_root()
    trees = [source.parent, root / "stdlib", root / "runtime-c", Path(__file__).parent]
    for tree in trees:
        for path in sorted(tree.rglob("*")):
            if path.suffix in (".py", ".c", ".h", ".S", ".j2", ".lark"):
                digest.update(str(path).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


def _run_command(args: argparse.Namespace) -> int:
    build_dir = cache_root() / "builds" / _program_fingerprint(args)
    suffix = "" if args.target == "unix" else ".elf"
    output = build_dir / (args.source.stem + suffix)
    if not output.exists():
        build_dir.mkdir(parents=True, exist_ok=True)
        compile_program(CompileOptions(
            source=args.source, target=args.target, output=output, opt=args.opt,
            stack_size=args.stack_size, boot_trace=args.boot_trace,
        ))
    if args.target == "unix":
        return run_unix(output, [])
    if args.target == "kvm":
        return run_kvm(output, args.memory or 64)
    if args.dom0:
        return run_xen_dom0(output)
    via = args.via if args.via != "auto" else ("xl" if xl_usable() else "qemu")
    if via == "xl":
        return run_xen_xl(output, xl_config_path(output), args.memory)
    return run_xen_via_qemu(output, args.memory, args.timeout)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.boot_trace and args.target == "unix":
        print("pyuk: error: --boot-trace is for the kernel targets (kvm, xen)", file=sys.stderr)
        return 2
    try:
        if args.command == "compile":
            return _compile_command(args)
        if args.command == "size":
            return _size_command(args)
        return _run_command(args)
    except MypyErrors as exc:
        for message in exc.messages:
            print(message)
        return 1
    except CompileError as exc:
        for diagnostic in exc.diagnostics:
            print(diagnostic)
        return 1
    except (RuntimeBuildError, LinkError, RunError) as exc:
        print(f"pyuk: error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
