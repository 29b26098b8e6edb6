"""Command line: run PVH kernels as Xen domUs and print what each did.

python3 -m pyuk.xenhost run hello.elf name=other.elf --timeout 20
python3 -m pyuk.xenhost build      # just build (or find) the cached host image
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .deps import MissingPackages
from .hostimage import build_host_image
from .runner import XenHostError, run_batch
from .spec import Batch, DomU


def _pairs(items: list[str], what: str) -> dict[str, str]:
    out = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep:
            raise SystemExit(f"{what} must be KEY=VALUE, not {item!r}")
        out[key] = value
    return out


def _domus(args: argparse.Namespace) -> list[DomU]:
    hook = Path(args.hook).read_text() if args.hook else None
    domus = []
    for i, spec in enumerate(args.kernels):
        name, sep, path = spec.partition("=")
        if not sep:
            name, path = f"{Path(spec).stem}-{i}", spec
        domus.append(
            DomU(
                name=name,
                kernel=Path(path),
                memory_mb=args.memory,
                xenstore=_pairs(args.xenstore, "--xenstore"),
                extra_cfg=tuple(args.cfg),
                timeout=args.timeout,
                cmdline=args.cmdline,
                vif=args.vif,
                hook=hook,
                end_with_hook=args.end_with_hook,
            )
        )
    return domus


def _print_batch(batch: Batch) -> None:
    for r in batch.results:
        status = "-" if r.exit_status is None else str(r.exit_status)
        source = "xenstore" if r.exit_status_written else "reason"
        print(f"=== {r.name} (domid {r.domid}): {r.reason}, exit status {status} ({source})")
        sys.stdout.flush()
        sys.stdout.buffer.write(r.console)
        if r.console and not r.console.endswith(b"\n"):
            sys.stdout.buffer.write(b"\n[no newline at end of console]\n")
        sys.stdout.buffer.flush()
        if r.hook_output is not None:
            print(f"--- hook (status {r.hook_status}) ---")
            sys.stdout.buffer.write(r.hook_output)
            sys.stdout.buffer.flush()
        if r.xen_log:
            print("--- xen ---\n" + r.xen_log, end="")
        cpu = "?" if r.cpu_ns is None else f"{r.cpu_ns / 1e6:.1f}"
        print(
            f"--- create {r.create_s:.2f} s, run {r.run_s:.2f} s, total {r.total_s:.2f} s, "
            f"cpu {cpu} ms, flags {r.flags}{', was blocked' if r.blocked_seen else ''}"
        )
    print(
        f"=== timing: dom0 boot {batch.dom0_boot_s:.2f} s, toolstack up "
        f"{batch.toolstack_s:.2f} s, batch {batch.batch_s:.2f} s "
        f"({len(batch.results)} domUs), preparation {batch.build_s:.2f} s"
    )


def _json_batch(batch: Batch) -> str:
    results = []
    for r in batch.results:
        entry = dict(vars(r))
        entry["console"] = r.console.decode("utf-8", errors="backslashreplace")
        if r.hook_output is not None:
            entry["hook_output"] = r.hook_output.decode("utf-8", errors="backslashreplace")
        results.append(entry)
    return json.dumps(
        {
            "dom0_boot_s": batch.dom0_boot_s,
            "toolstack_s": batch.toolstack_s,
            "batch_s": batch.batch_s,
            "build_s": batch.build_s,
            "results": results,
        },
        indent=2,
    )


def main(argv: list[str] | None = None) -> int:
    """Exit status 0 if every domU powered off with status 0, 1 if not, 2 if the host failed."""
    parser = argparse.ArgumentParser(prog="python3 -m pyuk.xenhost", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("build", help="build or find the cached Xen host image")
    run = sub.add_parser("run", help="run kernels as domUs in one Xen host boot")
    run.add_argument("kernels", nargs="+", help="PATH or NAME=PATH of a PVH ELF")
    run.add_argument("--memory", type=int, default=32, help="MiB per domU (32)")
    run.add_argument("--timeout", type=float, default=30.0, help="seconds per domU (30)")
    run.add_argument("--xenstore", action="append", default=[], metavar="KEY=VALUE")
    run.add_argument("--cfg", action="append", default=[], metavar="LINE", help="xl config")
    run.add_argument("--cmdline", help="the domU's command line")
    run.add_argument("--vif", action="store_true", help="a vif on xenbr0 (10.99.0.1/24)")
    run.add_argument("--hook", metavar="SCRIPT", help="bash script dom0 runs per domU")
    run.add_argument("--end-with-hook", action="store_true", help="destroy when hook exits")
    run.add_argument("--parallel", type=int, default=1, help="domUs at a time (1)")
    run.add_argument("--verbose", action="store_true", help="boot messages and traces")
    run.add_argument("--json", action="store_true", help="print results as JSON")
    args = parser.parse_args(argv)
    try:
        if args.command == "build":
            image = build_host_image()
            built = ", ".join(image.built) or "nothing (all cached)"
            print(f"xen {image.xen}\nvmlinux {image.vmlinux}\ninitramfs {image.initramfs}")
            print(f"built {built} in {image.seconds:.2f} s")
            return 0
        batch = run_batch(_domus(args), parallel=args.parallel, verbose=args.verbose)
    except (MissingPackages, XenHostError) as e:
        print(f"xenhost: {e}", file=sys.stderr)
        return 2
    if args.json:
        print(_json_batch(batch))
    else:
        _print_batch(batch)
    return 0 if all(r.ok for r in batch.results) else 1


if __name__ == "__main__":
    sys.exit(main())
