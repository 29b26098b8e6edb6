#!/usr/bin/env python3
"""Compile time per phase (`pyuk compile --timings`), cold and warm.

    python3 bench/compile_times.py [--runs 3] [programs...]

For each program (default: examples/hello.py and the largest benchmark),
for the unix and kvm targets:

- cold: a fresh PYUK_CACHE, so mypy type-checks typeshed's builtins and the
  runtime archive is compiled (what a first build on a machine costs);
- warm: the same cache again, the usual case (median of --runs).

Each run is a separate `pyuk compile --timings` process; its phases come
from the compiler, the process wall time (Python start-up and imports
included) from here.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
DEFAULT_PROGRAMS = [ROOT / "examples" / "hello.py", BENCH / "programs" / "dns.py"]
PHASES = ("mypy", "dialect", "ir build", "llvm ir", "optimise", "codegen", "runtime build",
          "link")


def compile_once(source: Path, target: str, cache: Path, out: Path) -> dict[str, float]:
    """Phases in seconds, plus 'process' (wall time of the whole command)."""
    env = dict(os.environ, PYUK_CACHE=str(cache))
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "pyuk", "compile", str(source), "-t", target, "-o", str(out),
         "--timings"], capture_output=True, text=True, env=env, cwd=ROOT)
    wall = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"pyuk compile {source.name} -t {target} failed:\n"
                           f"{result.stdout}{result.stderr}")
    phases: dict[str, float] = {}
    for line in result.stderr.splitlines():
        name, sep, value = line.partition(":")
        if sep and value.strip().endswith("ms"):
            phases[name.strip()] = float(value.strip()[:-2]) / 1000
    phases["process"] = wall
    return phases


def measure(source: Path, target: str, runs: int) -> dict[str, dict[str, float]]:
    with tempfile.TemporaryDirectory(prefix="pyuk-compile-times-") as tmp:
        cache = Path(tmp) / "cache"
        out = Path(tmp) / ("out.elf" if target != "unix" else "out")
        cold = compile_once(source, target, cache, out)
        warm_runs = [compile_once(source, target, cache, out) for _ in range(runs)]
        shutil.rmtree(cache, ignore_errors=True)
    warm = {key: statistics.median(r.get(key, 0.0) for r in warm_runs)
            for key in warm_runs[0]}
    return {"cold": cold, "warm": warm}


def markdown(results: dict[str, dict[str, dict[str, float]]]) -> str:
    keys = [*PHASES, "total", "process"]
    header = "| program, target, cache | " + " | ".join(keys) + " |"
    lines = [
        "Compile time by phase in ms (`pyuk compile --timings`); cold = fresh PYUK_CACHE "
        "(mypy checks typeshed, the runtime archive is built), warm = median of the next runs; "
        "process = the whole command's wall time, Python start-up and imports included.",
        "",
        header,
        "|---|" + "---:|" * len(keys),
    ]
    for label, by_cache in results.items():
        for cache, phases in by_cache.items():
            total = sum(phases.get(p, 0.0) for p in PHASES if p in phases)
            cells = []
            for key in keys:
                value = total if key == "total" else phases.get(key)
                cells.append("—" if value is None else f"{value * 1000:.0f}")
            lines.append(f"| {label}, {cache} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def run(programs: list[Path], runs: int) -> tuple[dict[str, object], str]:
    results: dict[str, dict[str, dict[str, float]]] = {}
    for source in programs:
        for target in ("unix", "kvm"):
            label = f"{source.stem} -t {target}"
            print(f"   compile times: {label}", file=sys.stderr, flush=True)
            results[label] = measure(source, target, runs)
    return {"runs": runs, "results": results}, markdown(results)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("programs", nargs="*", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args()
    data, table = run(args.programs or DEFAULT_PROGRAMS, args.runs)
    if args.json:
        args.json.write_text(json.dumps(data, indent=2) + "\n")
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
