#!/usr/bin/env python3
"""pyuk's benchmark suite: every program under CPython, mypyc, pyuk and C.

    python3 build.py bench [--runs N] [--only a,b] [--variants cpython,pyuk,...]
                           [--no-sizes] [--no-readme] [--keep-going]

1. Builds each program of bench/programs/ with pyuk (-O2, unix) and mypyc,
   and its C version (bench/c/, gcc -O2) when there is one.  A program that
   pyuk cannot compile yet is reported with the compiler's first errors and
   the features it needs (the "Needs:" paragraph of its docstring); the
   suite goes on without it.
2. Runs every variant once and compares stdout and exit status with
   CPython's: a variant whose output differs is reported and not timed.
3. Runs the variants alternately (CPython, mypyc, pyuk, C for one program,
   then the next program...) --runs times, recording wall time, CPU time
   (user + system, the primary figure: it is what the program costs, and
   it is steadier than wall time on a shared machine) and max RSS.
4. Writes bench/results/results.json, results.md (table of medians and
   ratios) and chart.png (speedups over CPython, log scale), plus image
   sizes of hello world and of the largest program (kvm and xen), the
   exception-cost benchmark of bench/exceptions/ when it exists, and
   updates the README between the bench markers.

CPython is the interpreter that runs this script (the one that runs pyuk).
"""

from __future__ import annotations

import argparse
import ast
import datetime
import hashlib
import json
import math
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
PROGRAMS = BENCH / "programs"
C_DIR = BENCH / "c"
EXCEPTIONS = BENCH / "exceptions"
RESULTS = BENCH / "results"
BUILD = ROOT / "build" / "bench"
README = ROOT / "README.md"
README_BEGIN = "<!-- bench:begin -->"
README_END = "<!-- bench:end -->"

VARIANTS = ("cpython", "mypyc", "pyuk", "c")
RUN_TIMEOUT = 300.0
COMPILE_TIMEOUT = 600.0


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# ---- programs and variants ----


@dataclass
class Variant:
    name: str
    command: list[str] | None = None  # None: not available
    cwd: Path | None = None
    status: str = "ok"  # ok | missing | build failed | wrong output | crashed | timeout
    detail: str = ""
    build_seconds: float | None = None
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    rss_kb: list[int] = field(default_factory=list)

    @property
    def usable(self) -> bool:
        return self.status == "ok" and self.command is not None

    def summary(self) -> dict[str, object]:
        out: dict[str, object] = {"status": self.status}
        if self.detail:
            out["detail"] = self.detail
        if self.build_seconds is not None:
            out["build_seconds"] = round(self.build_seconds, 3)
        if self.cpu:
            out["cpu_median"] = statistics.median(self.cpu)
            out["wall_median"] = statistics.median(self.wall)
            out["max_rss_kb"] = max(self.rss_kb)
            out["cpu_runs"] = self.cpu
            out["wall_runs"] = self.wall
        return out


@dataclass
class Program:
    name: str
    source: Path
    needs: str
    variants: dict[str, Variant] = field(default_factory=dict)
    expected: bytes | None = None

    def median(self, variant: str) -> float | None:
        v = self.variants.get(variant)
        if v is None or not v.usable or not v.cpu:
            return None
        return statistics.median(v.cpu)


def needs_of(source: Path) -> str:
    """The "Needs:" paragraph of the module docstring, on one line."""
    try:
        doc = ast.get_docstring(ast.parse(source.read_text())) or ""
    except SyntaxError:
        return ""
    for paragraph in doc.split("\n\n"):
        if paragraph.startswith("Needs:"):
            return " ".join(paragraph[len("Needs:"):].split())
    return ""


def first_lines(text: str, count: int = 3) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    head = lines[:count]
    if len(lines) > count:
        head.append(f"... ({len(lines) - count} more lines)")
    return "\n".join(head)


def file_digest(*paths: Path, extra: str = "") -> str:
    digest = hashlib.sha256(extra.encode())
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def build_pyuk(program: Program, variant: Variant, opt: str) -> None:
    out = BUILD / "pyuk" / program.name
    out.parent.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "pyuk", "compile", str(program.source), "-O", opt,
               "-t", "unix", "-o", str(out)]
    start = time.perf_counter()
    try:
        result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT,
                                timeout=COMPILE_TIMEOUT)
    except subprocess.TimeoutExpired:
        variant.status, variant.detail = "build failed", "pyuk compile timed out"
        return
    variant.build_seconds = time.perf_counter() - start
    if result.returncode != 0:
        variant.status = "build failed"
        variant.detail = first_lines(result.stdout + result.stderr)
        return
    variant.command = [str(out)]


def build_mypyc(program: Program, variant: Variant) -> None:
    """mypyc compiles the module into an extension next to a copy of it;
    runs import it and call main().  Cached on the source and mypy version."""
    import mypy.version

    key = file_digest(program.source, extra=mypy.version.__version__ + sys.version)
    work = BUILD / "mypyc" / f"{program.name}-{key}"
    stamp = work / ".built"
    if not stamp.exists():
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        shutil.copy(program.source, work / program.source.name)
        start = time.perf_counter()
        try:
            result = subprocess.run(
                [sys.executable, "-m", "mypyc", program.source.name], cwd=work,
                capture_output=True, text=True, timeout=COMPILE_TIMEOUT,
            )
        except subprocess.TimeoutExpired:
            variant.status, variant.detail = "build failed", "mypyc timed out"
            return
        variant.build_seconds = time.perf_counter() - start
        if result.returncode != 0:
            variant.status = "build failed"
            variant.detail = first_lines(result.stdout + result.stderr, 5)
            return
        (work / program.source.name).unlink()  # import the extension, never the source
        shutil.rmtree(work / "build", ignore_errors=True)
        stamp.write_text("ok")
    module = program.source.stem
    variant.command = [sys.executable, "-c", f"import {module}; {module}.main()"]
    variant.cwd = work


def build_c(program: Program, variant: Variant) -> None:
    source = C_DIR / f"{program.name}.c"
    if not source.exists():
        variant.status = "missing"
        return
    out = BUILD / "c" / program.name
    out.parent.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    result = subprocess.run(["gcc", "-O2", "-o", str(out), str(source), "-lm"],
                            capture_output=True, text=True)
    variant.build_seconds = time.perf_counter() - start
    if result.returncode != 0:
        variant.status = "build failed"
        variant.detail = first_lines(result.stderr)
        return
    variant.command = [str(out)]


# ---- running ----


@dataclass
class RunResult:
    status: int
    stdout: bytes
    stderr: bytes
    wall: float
    cpu: float
    rss_kb: int
    timed_out: bool = False


_TIMER: Path | None = None


def timer_helper() -> Path:
    """bench/timer.c, built once: it forks the program itself, so the max RSS
    is the program's own (see timer.c)."""
    global _TIMER
    if _TIMER is None:
        source = BENCH / "timer.c"
        out = BUILD / f"timer-{file_digest(source)}"
        if not out.exists():
            out.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(["gcc", "-O2", "-o", str(out), str(source)], check=True)
        _TIMER = out
    return _TIMER


def run_once(command: list[str], cwd: Path | None, capture: bool,
             timeout: float = RUN_TIMEOUT, env: dict[str, str] | None = None) -> RunResult:
    """Runs a command under bench/timer: exit status, wall time, user +
    system CPU time and max RSS of exactly this program.  ``env`` is added
    to this process's environment."""
    with tempfile.TemporaryDirectory(prefix="pyuk-bench-") as tmp:
        report = Path(tmp) / "report"
        out_path, err_path = Path(tmp) / "out", Path(tmp) / "err"
        with out_path.open("wb") as out, err_path.open("wb") as err:
            process = subprocess.Popen(
                [str(timer_helper()), str(report), *command], cwd=cwd,
                stdout=out if capture else subprocess.DEVNULL,
                stderr=err if capture else subprocess.DEVNULL,
                stdin=subprocess.DEVNULL, start_new_session=True,
                env={**os.environ, **env} if env else None)
            timed_out = False
            try:
                process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
                timed_out = True
        stdout = out_path.read_bytes() if capture else b""
        stderr = err_path.read_bytes() if capture else b""
        if timed_out or not report.exists():
            return RunResult(-1, stdout, stderr, timeout, timeout, 0, timed_out=True)
        status, wall_ns, user_us, system_us, rss_kb = map(int, report.read_text().split())
    return RunResult(status, stdout, stderr, wall_ns / 1e9, (user_us + system_us) / 1e6,
                     rss_kb)


def check_outputs(program: Program) -> None:
    """Runs every variant once; CPython's output is the reference."""
    reference: RunResult | None = None
    for name in VARIANTS:
        variant = program.variants.get(name)
        if variant is None or not variant.usable:
            continue
        assert variant.command is not None
        result = run_once(variant.command, variant.cwd, capture=True)
        if result.timed_out:
            variant.status, variant.detail = "timeout", f"over {RUN_TIMEOUT:.0f} s"
            continue
        if reference is None:
            if name != "cpython" or result.status != 0:
                variant.status = "crashed"
                variant.detail = first_lines(result.stderr.decode(errors="replace"))
                continue
            reference = result
            program.expected = result.stdout
            continue
        if result.stdout != reference.stdout or result.status != reference.status:
            variant.status = "wrong output" if result.status == 0 else "crashed"
            variant.detail = describe_difference(reference, result)
    if reference is None:
        for variant in program.variants.values():
            if variant.usable:
                variant.status = "unchecked"
                variant.detail = "no CPython reference output"


def describe_difference(expected: RunResult, got: RunResult) -> str:
    if got.status != expected.status:
        err = first_lines(got.stderr.decode(errors="replace"), 4)
        return f"exit status {got.status} (CPython: {expected.status}) {err}".strip()
    want = expected.stdout.decode(errors="replace").splitlines()
    have = got.stdout.decode(errors="replace").splitlines()
    for i, (a, b) in enumerate(zip(want, have, strict=False)):
        if a != b:
            return f"line {i + 1}: expected {a!r}, got {b!r}"
    return f"{len(have)} lines, CPython printed {len(want)}"


def time_all(programs: list[Program], runs: int) -> None:
    for round_no in range(1, runs + 1):
        log(f"== round {round_no}/{runs}")
        for program in programs:
            figures = []
            for name in VARIANTS:
                variant = program.variants.get(name)
                if variant is None or not variant.usable:
                    continue
                assert variant.command is not None
                result = run_once(variant.command, variant.cwd, capture=False)
                if result.timed_out or result.status != 0:
                    variant.status = "timeout" if result.timed_out else "crashed"
                    variant.detail = f"round {round_no}: exit status {result.status}"
                    continue
                variant.wall.append(result.wall)
                variant.cpu.append(result.cpu)
                variant.rss_kb.append(result.rss_kb)
                figures.append(f"{name} {result.cpu:.3f}s")
            log(f"   {program.name:<13} " + "  ".join(figures))


# ---- reporting ----


def geomean(values: list[float]) -> float | None:
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def ratios(program: Program) -> dict[str, float | None]:
    cp, my, uk, c = (program.median(v) for v in VARIANTS)

    def div(a: float | None, b: float | None) -> float | None:
        return a / b if a is not None and b is not None and b > 0 else None

    return {
        "pyuk_speedup_vs_cpython": div(cp, uk),
        "pyuk_speedup_vs_mypyc": div(my, uk),
        "pyuk_vs_c": div(uk, c),
        "mypyc_speedup_vs_cpython": div(cp, my),
        "c_speedup_vs_cpython": div(cp, c),
    }


def summarise(programs: list[Program]) -> dict[str, object]:
    per = {p.name: ratios(p) for p in programs}

    def collect(key: str) -> list[float]:
        return [r[key] for r in per.values() if r[key] is not None]  # type: ignore[misc]

    vs_cpython = collect("pyuk_speedup_vs_cpython")
    vs_mypyc = collect("pyuk_speedup_vs_mypyc")
    vs_c = collect("pyuk_vs_c")
    gm_cpython = geomean(vs_cpython)
    gm_mypyc = geomean(vs_mypyc)
    timed = sum(1 for p in programs if p.median("pyuk") is not None)
    return {
        "programs": len(programs),
        "programs_timed_with_pyuk": timed,
        "geomean_pyuk_speedup_vs_cpython": gm_cpython,
        "geomean_pyuk_speedup_vs_mypyc": gm_mypyc,
        "geomean_mypyc_speedup_vs_cpython": geomean(collect("mypyc_speedup_vs_cpython")),
        "geomean_pyuk_vs_c": geomean(vs_c),
        "worst_pyuk_vs_c": max(vs_c) if vs_c else None,
        "acceptance": {
            "speedup_vs_cpython_at_least_20": gm_cpython is not None and gm_cpython >= 20,
            "speedup_vs_mypyc_at_least_3": gm_mypyc is not None and gm_mypyc >= 3,
            "within_2x_of_c_on_every_c_program": bool(vs_c) and max(vs_c) <= 2.0
            and len(vs_c) == sum(1 for p in programs if p.median("c") is not None),
            "every_program_timed": timed == len(programs),
        },
    }


def fmt_time(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    if seconds >= 10:
        return f"{seconds:.1f}"
    if seconds >= 1:
        return f"{seconds:.2f}"
    return f"{seconds:.3f}"


def fmt_ratio(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.1f}x" if value >= 10 else f"{value:.2f}x"


def fmt_rss(program: Program, variant: str) -> str:
    v = program.variants.get(variant)
    if v is None or not v.rss_kb or not v.usable:
        return "—"
    return f"{max(v.rss_kb) / 1024:.1f}"


def status_note(program: Program) -> list[str]:
    notes = []
    for name in VARIANTS:
        v = program.variants.get(name)
        if v is None or v.status in ("ok", "missing"):
            continue
        detail = " ".join(v.detail.split())
        if len(detail) > 300:
            detail = detail[:297] + "..."
        note = f"- **{program.name}**, {name}: {v.status}"
        if detail:
            note += f" — `{detail}`"
        if name == "pyuk" and v.status == "build failed" and program.needs:
            note += f"; needs: {program.needs}"
        notes.append(note)
    return notes


def markdown(programs: list[Program], summary: dict[str, object], meta: dict[str, object],
             sizes: dict[str, object] | None, exceptions: dict[str, object] | None,
             compile_times: dict[str, object] | None = None,
             boot: dict[str, object] | None = None) -> str:
    lines = [
        f"Median CPU time (user + system) in seconds over {meta['runs']} alternating runs; "
        f"{meta['date']}, commit {meta['commit']}, {meta['cpu']}, Python {meta['python']}, "
        f"mypy {meta['mypy']}, {meta['gcc']}.",
        "",
        "| program | CPython | mypyc | pyuk | C (gcc -O2) | pyuk vs CPython | pyuk vs mypyc "
        "| pyuk / C | max RSS MiB (CPython / mypyc / pyuk / C) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for p in programs:
        r = ratios(p)
        rss = " / ".join(fmt_rss(p, v) for v in VARIANTS)
        lines.append(
            f"| {p.name} | {fmt_time(p.median('cpython'))} | {fmt_time(p.median('mypyc'))} "
            f"| {fmt_time(p.median('pyuk'))} | {fmt_time(p.median('c'))} "
            f"| {fmt_ratio(r['pyuk_speedup_vs_cpython'])} "
            f"| {fmt_ratio(r['pyuk_speedup_vs_mypyc'])} | {fmt_ratio(r['pyuk_vs_c'])} "
            f"| {rss} |"
        )
    s = summary
    lines += [
        f"| **geometric mean** | | | | | "
        f"**{fmt_ratio(s['geomean_pyuk_speedup_vs_cpython'])}** "  # type: ignore[arg-type]
        f"| **{fmt_ratio(s['geomean_pyuk_speedup_vs_mypyc'])}** "  # type: ignore[arg-type]
        f"| **{fmt_ratio(s['geomean_pyuk_vs_c'])}** | |",  # type: ignore[arg-type]
        "",
        f"pyuk compiled and ran {s['programs_timed_with_pyuk']} of {s['programs']} programs; "
        "ratios and means cover the programs timed on both sides. \"pyuk vs X\" is X's time "
        "over pyuk's (a speedup); \"pyuk / C\" is pyuk's time over C's (a slowdown). "
        f"mypyc is {fmt_ratio(s['geomean_mypyc_speedup_vs_cpython'])} "  # type: ignore[arg-type]
        "faster than CPython on the geometric mean.",
    ]
    notes = [n for p in programs for n in status_note(p)]
    if notes:
        lines += ["", "Not timed:", "", *notes]
    if exceptions:
        lines += ["", exceptions_markdown(exceptions)]
    if sizes:
        lines += ["", sizes_markdown(sizes)]
    if boot and isinstance(boot.get("markdown"), str):
        lines += ["", str(boot["markdown"])]
    if compile_times and isinstance(compile_times.get("markdown"), str):
        lines += ["", str(compile_times["markdown"])]
    return "\n".join(lines) + "\n"


def chart(programs: list[Program], path: Path) -> str | None:
    """Speedup of mypyc, pyuk and C over CPython per program, log scale."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as exc:
        return f"no chart: {exc} (pip install -e .[bench])"
    shown = [p for p in programs if p.median("cpython") is not None]
    if not shown:
        return "no chart: nothing was timed"
    series = [("mypyc", "#8c8c8c"), ("pyuk", "#d62728"), ("c", "#1f77b4")]
    width = 0.27
    fig, ax = plt.subplots(figsize=(max(8.0, 0.85 * len(shown) + 2), 4.8), dpi=110)
    for k, (name, color) in enumerate(series):
        xs, ys = [], []
        for i, p in enumerate(shown):
            base, value = p.median("cpython"), p.median(name)
            if base is not None and value is not None:
                xs.append(i + (k - 1) * width)
                ys.append(base / value)
        label = {"c": "C (gcc -O2)"}.get(name, name)
        ax.bar(xs, ys, width, label=label, color=color)
    ax.set_yscale("log")
    ax.axhline(1.0, color="black", linewidth=0.8)
    ax.set_xticks(range(len(shown)))
    ax.set_xticklabels([p.name for p in shown], rotation=30, ha="right")
    ax.set_ylabel("speedup over CPython (log scale)")
    ax.set_title("pyuk benchmarks: speedup over CPython 3.11 (median CPU time)")
    ax.grid(axis="y", which="both", alpha=0.3)
    ax.legend()
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)
    return None


# ---- sizes ----


def image_sizes(programs: list[Program]) -> dict[str, object]:
    """Stripped kvm and xen images of hello world and of the largest bench
    program that compiles, with the component breakdown of `pyuk size`."""
    from pyuk.driver.size import measure_program

    out: dict[str, object] = {}
    candidates = [ROOT / "examples" / "hello.py"] + [
        p.source for p in programs
        if p.variants.get("pyuk") is not None and p.variants["pyuk"].command is not None
    ]
    largest: tuple[int, Path] | None = None
    per_program: dict[str, int] = {}
    for source in candidates[1:]:
        try:
            report = measure_program(source, "kvm")
        except Exception as exc:  # a kernel build can fail where unix worked
            log(f"   size of {source.name} (kvm): {exc}")
            continue
        per_program[source.stem] = report.total
        if largest is None or report.total > largest[0]:
            largest = (report.total, source)
    chosen = [("hello", candidates[0])]
    if largest is not None:
        chosen.append((largest[1].stem, largest[1]))
    for label, source in chosen:
        for target in ("kvm", "xen"):
            try:
                report = measure_program(source, target)
            except Exception as exc:
                out[f"{label}/{target}"] = {"error": str(exc)}
                continue
            out[f"{label}/{target}"] = report.to_json()
    out["bench_programs_kvm"] = per_program
    return out


def sizes_markdown(sizes: dict[str, object]) -> str:
    lines = ["Stripped kernel images (`pyuk size`, KiB; every byte of the file is in one "
             "column; .bss takes memory, not file space):", "",
             "| program | target | file | code | rodata | data | ELF headers + padding "
             "| .bss | largest components |",
             "|---|---|---:|---:|---:|---:|---:|---:|---|"]
    for key, value in sizes.items():
        if "/" not in key or not isinstance(value, dict) or "total" not in value:
            continue
        label, target = key.split("/")
        groups = value.get("groups", {})
        top = sorted(((g, n) for g, n in groups.items() if g not in ("headers", "padding")),
                     key=lambda kv: -kv[1])[:4]
        parts = ", ".join(f"{name} {size / 1024:.1f}" for name, size in top)
        sec = value.get("sections", {})
        overhead = sec.get("headers", 0) + sec.get("padding", 0)
        lines.append(
            f"| {label} | {target} | **{value['total'] / 1024:.1f}** "
            f"| {sec.get('text', 0) / 1024:.1f} | {sec.get('rodata', 0) / 1024:.1f} "
            f"| {sec.get('data', 0) / 1024:.1f} | {overhead / 1024:.1f} "
            f"| {value.get('bss', 0) / 1024:.1f} | {parts} |"
        )
    lines += ["", "For scale: MirageOS's DNS server ~200 KB, IncludeOS's DNS image 158 KB, "
              "Unikraft's hello world 197 KB, Xen's Mini-OS ~117 KB stripped."]
    return "\n".join(lines)


# ---- the exception-cost benchmark ----


def exceptions_benchmark(runs: int) -> dict[str, object] | None:
    """bench/exceptions/ (the exceptions work's benchmark): every `X_try.py`
    (a hot loop with try/except or try/finally, nothing ever raised) and its
    `X_plain.py` twin (the same loop without) under pyuk, alternately; the
    ratio of their median CPU times is the cost of try on the non-raising
    path.  Their output is checked against CPython's, which is kept per
    source (CPython needs tens of seconds for these loops)."""
    if not EXCEPTIONS.is_dir():
        return None
    sources = sorted(EXCEPTIONS.glob("*.py"))
    if not sources:
        return None
    log("== exception cost (bench/exceptions)")
    results: dict[str, dict[str, object]] = {}
    exes: dict[str, Path] = {}
    for source in sources:
        entry: dict[str, object] = {}
        results[source.stem] = entry
        out = BUILD / "exceptions" / source.stem
        out.parent.mkdir(parents=True, exist_ok=True)
        built = subprocess.run(
            [sys.executable, "-m", "pyuk", "compile", str(source), "-O", "2", "-o", str(out)],
            capture_output=True, text=True, cwd=ROOT)
        if built.returncode != 0:
            entry["status"] = "build failed"
            entry["detail"] = first_lines(built.stdout + built.stderr)
            continue
        expected_file = BUILD / "exceptions" / f"{source.stem}-{file_digest(source)}.out"
        if not expected_file.exists():
            reference = run_once([sys.executable, str(source)], None, capture=True,
                                 timeout=3600)
            if reference.status != 0:
                entry["status"] = "CPython failed"
                continue
            expected_file.write_bytes(reference.stdout)
        mine = run_once([str(out)], None, capture=True)
        if mine.stdout != expected_file.read_bytes() or mine.status != 0:
            entry["status"] = "wrong output"
            continue
        entry["status"] = "ok"
        exes[source.stem] = out
    # One hash key for every run of every program: with a fresh key per
    # run, the probe lengths of the str-keyed dicts (parse_*) change from
    # run to run by more than a try costs (a collision in a 3-key dict is
    # a 1 in 3 chance, and then it is in every record of that run).
    seeded = {"PYUK_HASHSEED": "1"}
    cpu: dict[str, list[float]] = {name: [] for name in exes}
    for _ in range(runs):
        for name, exe in exes.items():
            cpu[name].append(run_once([str(exe)], None, capture=False, env=seeded).cpu)
    for name, times in cpu.items():
        results[name]["pyuk_cpu_median"] = statistics.median(times)
        results[name]["pyuk_cpu_runs"] = times
    pairs = []
    for stem in results:
        if not stem.endswith("_try"):
            continue
        twin = stem[: -len("_try")] + "_plain"
        if twin in cpu and stem in cpu:
            with_try = statistics.median(cpu[stem])
            without = statistics.median(cpu[twin])
            pairs.append({"with": stem, "without": twin, "ratio": with_try / without,
                          "with_seconds": with_try, "without_seconds": without})
            log(f"   {stem[: -len('_try')]:<10} try {with_try:.3f}s  plain {without:.3f}s  "
                f"ratio {with_try / without:.3f}")
    return {"programs": results, "pairs": pairs}


def exceptions_markdown(data: dict[str, object]) -> str:
    lines = ["Exception cost on the non-raising path (bench/exceptions/, pyuk, median CPU "
             "time; every run with PYUK_HASHSEED=1, so the pairs' dicts probe alike):", ""]
    pairs = data.get("pairs") or []
    assert isinstance(pairs, list)
    for pair in pairs:
        lines.append(f"- `{pair['with']}` / `{pair['without']}`: {pair['with_seconds']:.3f} s / "
                     f"{pair['without_seconds']:.3f} s = **{pair['ratio']:.3f}**")
    programs = data.get("programs") or {}
    assert isinstance(programs, dict)
    for name, entry in programs.items():
        if entry.get("status") != "ok":
            lines.append(f"- {name}: {entry.get('status')} {entry.get('detail', '')}".rstrip())
        elif not pairs:
            lines.append(f"- {name}: {entry['pyuk_cpu_median']:.3f} s")
    return "\n".join(lines)


# ---- main ----


def metadata(runs: int) -> dict[str, object]:
    import mypy.version

    def command_output(cmd: list[str]) -> str:
        try:
            return subprocess.run(cmd, capture_output=True, text=True,
                                  cwd=ROOT).stdout.strip()
        except OSError:
            return "?"

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": command_output(["git", "rev-parse", "--short", "HEAD"]),
        "cpu": f"{cpu} ({os.cpu_count()} CPUs)",
        "python": platform.python_version(),
        "mypy": mypy.version.__version__,
        "gcc": command_output(["gcc", "--version"]).splitlines()[0] if shutil.which("gcc")
        else "no gcc",
        "runs": runs,
        "load_average": os.getloadavg(),
        "metric": "median CPU time (user + system) of the process, seconds",
    }


def update_readme(table: str) -> None:
    text = README.read_text()
    if README_BEGIN not in text or README_END not in text:
        log(f"README.md has no {README_BEGIN} ... {README_END} section: not updated")
        return
    head, rest = text.split(README_BEGIN, 1)
    _, tail = rest.split(README_END, 1)
    block = f"{README_BEGIN}\n{table}\n![benchmarks](bench/results/chart.png)\n\n{README_END}"
    README.write_text(head + block + tail)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="timed runs per variant (5)")
    parser.add_argument("--only", default="", help="comma-separated program names")
    parser.add_argument("--variants", default=",".join(VARIANTS),
                        help="comma-separated subset of " + ",".join(VARIANTS))
    parser.add_argument("-O", dest="opt", default="2", help="pyuk optimisation level (2)")
    parser.add_argument("--no-sizes", action="store_true", help="skip the image sizes")
    parser.add_argument("--no-readme", action="store_true", help="leave README.md alone")
    parser.add_argument("--no-boot-trace", action="store_true",
                        help="skip the kernel boot figures (bench/boot_trace.py)")
    parser.add_argument("--no-compile-times", action="store_true",
                        help="skip the compile-time figures (bench/compile_times.py)")
    parser.add_argument("--results", type=Path, default=RESULTS,
                        help="where results.json/.md and chart.png go")
    args = parser.parse_args(argv)
    wanted = {v for v in args.variants.split(",") if v}
    unknown = wanted - set(VARIANTS)
    if unknown:
        parser.error(f"unknown variants: {', '.join(sorted(unknown))}")
    wanted.add("cpython")  # the reference output
    only = {n for n in args.only.split(",") if n}
    sources = sorted(PROGRAMS.glob("*.py"))
    if only:
        sources = [s for s in sources if s.stem in only]
    if not sources:
        log("no programs selected")
        return 2
    partial = bool(only) or wanted != set(VARIANTS)

    programs = [Program(s.stem, s, needs_of(s)) for s in sources]
    log(f"== building {len(programs)} programs")
    for p in programs:
        for name in VARIANTS:
            if name in wanted:
                p.variants[name] = Variant(name)
        p.variants["cpython"].command = [sys.executable, str(p.source)]
        if "pyuk" in wanted:
            build_pyuk(p, p.variants["pyuk"], args.opt)
        if "mypyc" in wanted:
            build_mypyc(p, p.variants["mypyc"])
        if "c" in wanted:
            build_c(p, p.variants["c"])
        states = ", ".join(f"{n}: {v.status}" for n, v in p.variants.items() if n != "cpython")
        log(f"   {p.name:<13} {states}")
        pyuk = p.variants.get("pyuk")
        if pyuk is not None and pyuk.status == "build failed":
            log("      " + pyuk.detail.replace("\n", "\n      "))
            if p.needs:
                log(f"      needs: {p.needs}")

    log("== checking outputs against CPython")
    for p in programs:
        check_outputs(p)
        for name, v in p.variants.items():
            if v.status not in ("ok", "missing", "build failed"):
                log(f"   {p.name} {name}: {v.status}: {v.detail}")

    time_all(programs, args.runs)

    summary = summarise(programs)
    meta = metadata(args.runs)
    exceptions = None if partial else exceptions_benchmark(args.runs)
    sizes = None
    if not args.no_sizes and not partial:
        log("== image sizes")
        try:
            sizes = image_sizes(programs)
        except Exception as exc:  # never lose the timings to a size failure
            log(f"   image sizes failed: {exc}")
    compile_times = None
    if not partial and not args.no_compile_times:
        log("== compile times")
        try:
            import compile_times as ct

            largest = ROOT / "examples" / "hello.py"
            per_program = sizes.get("bench_programs_kvm") if sizes else None
            if isinstance(per_program, dict) and per_program:
                biggest = max(per_program.items(), key=lambda kv: kv[1])[0]
                largest = PROGRAMS / f"{biggest}.py"
            compile_times, compile_table = ct.run([ROOT / "examples" / "hello.py", largest], 3)
            compile_times["markdown"] = compile_table
        except Exception as exc:
            log(f"   compile times failed: {exc}")
    boot = None
    if not partial and not args.no_boot_trace:
        log("== boot trace")
        try:
            import boot_trace as bt

            boot, boot_table = bt.run(5, 3)
            boot["markdown"] = boot_table
        except Exception as exc:
            log(f"   boot trace failed: {exc}")
    table = markdown(programs, summary, meta, sizes, exceptions, compile_times, boot)
    results = args.results
    if partial and results == RESULTS:
        results = RESULTS / "tmp"
    results.mkdir(parents=True, exist_ok=True)
    data = {
        "meta": meta,
        "summary": summary,
        "programs": {
            p.name: {
                "needs": p.needs,
                "variants": {n: v.summary() for n, v in p.variants.items()},
                "ratios": ratios(p),
            }
            for p in programs
        },
        "sizes": sizes,
        "exceptions": exceptions,
        "compile_times": compile_times,
        "boot_trace": boot,
    }
    (results / "results.json").write_text(json.dumps(data, indent=2) + "\n")
    (results / "results.md").write_text(table)
    problem = chart(programs, results / "chart.png")
    if problem:
        log(problem)
    print(table)
    if not partial and not args.no_readme and results == RESULTS:
        update_readme(table)
    log(f"== results in {results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
