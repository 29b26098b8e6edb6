#!/usr/bin/env python3
"""Kernel boot time: first instruction to the program's start, in the kernel.

    python3 bench/boot_trace.py [--runs 5] [--xen-runs 3] [--no-xen]

Compiles examples/hello.py with `--boot-trace` for kvm and xen and boots it:
kvm in QEMU (TCG, or KVM with PYUK_QEMU_ACCEL=kvm), xen as a PVH dom0 of
Xen 4.17 in QEMU (`pyuk run -t xen --dom0`).  The kernel reads the TSC at
its first instruction and again just before the compiled program starts,
and prints the difference with its phases and the cost of one CPUID (a VM
exit) measured right after:

    pyuk: boot-trace: 121.1 us to main (entry 56.8, traps 16.6, ...; one CPUID 0.1 us; ...)

This script reports the median of each figure over the runs.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
HELLO = ROOT / "examples" / "hello.py"
LINE = re.compile(r"pyuk: boot-trace: ([0-9.]+) us to main \((.*?) us; one CPUID ([0-9.]+) us")
PHASE = re.compile(r"([a-z ]+) ([0-9.]+)")


def boot_once(target: str) -> dict[str, float] | None:
    command = [sys.executable, "-m", "pyuk", "run", str(HELLO), "-t", target, "--boot-trace"]
    if target == "xen":
        command.append("--dom0")
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=600)
    match = LINE.search(result.stdout + result.stderr)
    if not match:
        return None
    figures = {"total": float(match.group(1)), "one CPUID": float(match.group(3))}
    for part in match.group(2).split(", "):
        phase = PHASE.fullmatch(part.strip())
        if phase:
            figures[phase.group(1)] = float(phase.group(2))
    return figures


def measure(target: str, runs: int) -> dict[str, object]:
    samples = []
    for _ in range(runs):
        figures = boot_once(target)
        if figures is not None:
            samples.append(figures)
    if not samples:
        return {"error": "no boot-trace line"}
    keys = list(samples[0])
    return {
        "runs": len(samples),
        "median_us": {k: statistics.median(s[k] for s in samples if k in s) for k in keys},
        "totals_us": [s["total"] for s in samples],
    }


def markdown(results: dict[str, dict[str, object]]) -> str:
    lines = [
        "Kernel boot, first instruction to the program's start (`--boot-trace`, hello world, "
        "median; measured with the TSC inside the kernel, so QEMU's own start-up does not "
        "count):",
        "",
        "| target | runs | total | entry | traps | paging | platform | runtime | one CPUID |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for target, data in results.items():
        median = data.get("median_us")
        if not isinstance(median, dict):
            lines.append(f"| {target} | — | {data.get('error', '?')} | | | | | | |")
            continue
        cells = " | ".join(f"{median.get(k, 0.0):.1f} us" for k in
                           ("total", "entry", "traps", "paging", "platform", "runtime",
                            "one CPUID"))
        lines.append(f"| {target} | {data['runs']} | {cells} |")
    return "\n".join(lines)


def run(runs: int, xen_runs: int) -> tuple[dict[str, object], str]:
    results: dict[str, dict[str, object]] = {}
    print("   boot trace: kvm", file=sys.stderr, flush=True)
    results["kvm (QEMU)"] = measure("kvm", runs)
    if xen_runs:
        print("   boot trace: xen dom0", file=sys.stderr, flush=True)
        results["xen (PVH dom0 of Xen 4.17 in QEMU)"] = measure("xen", xen_runs)
    return {"results": results}, markdown(results)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--xen-runs", type=int, default=3)
    parser.add_argument("--no-xen", action="store_true")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    data, table = run(args.runs, 0 if args.no_xen else args.xen_runs)
    if args.json:
        args.json.write_text(json.dumps(data, indent=2) + "\n")
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
