"""The compiler never crashes: fuzzing with mutated and generated programs.

Sources: mutants of the differential programs (tests/run: lines deleted,
duplicated, swapped, re-indented; operators, literals and names changed;
constructs outside the dialect injected) and random programs from a small
grammar of the dialect (tests/fuzz/generate.py), all from a fixed seed.
Every source that Python can compile goes through pyuk's front end and IR
builder; a sample goes on through LLVM to an object file, a smaller one is
linked (and run); a sample of the sources Python refuses goes through the
``pyuk compile`` command.  Each must end in a clean diagnostic (mypy's or
pyuk's) or a successful compile: any other exception is a compiler bug,
reported with the case number and the source.

Speed: mypy checks the sources in batches (one build for many modules, as
test batches do); then the dialect checker and the IR builder run on each
module alone.  A batch that stops mypy altogether (a blocking error) is
split until the culprit is alone.

    PYUK_FUZZ_CASES=5000 pytest tests/fuzz      # more cases
    PYUK_FUZZ_SEED=7 pytest tests/fuzz          # another seed
"""

from __future__ import annotations

import contextlib
import functools
import io
import os
import random
import subprocess
import traceback
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from mypy import build
from mypy.errors import CompileError as MypyCompileError
from mypy.main import process_options
from mypy.nodes import MypyFile
from pyuk.cli import main as pyuk_main
from pyuk.codegen import backend
from pyuk.diagnostics import CompileError, Diagnostics
from pyuk.driver.compile import CompileOptions, compile_program
from pyuk.driver.link import LinkError
from pyuk.driver.runtime_build import RuntimeBuildError
from pyuk.driver.targets import TARGETS
from pyuk.frontend.dialect import check_dialect, explain_mypy_errors
from pyuk.frontend.mypy_build import (
    _EXTRA_ERROR_CODES,
    MypyErrors,
    TypedProgram,
    _is_compiled_module,
)
from pyuk.frontend.mypy_plugin import PyukPlugin
from pyuk.irbuild.modules import build_ir
from pyuk.paths import stdlib_dir

from tests.differential import mypy_cache_dir
from tests.fuzz.generate import generated_program, mutate, seed_programs

HERE = Path(__file__).resolve().parent
SEED = int(os.environ.get("PYUK_FUZZ_SEED", "20261127"))
CASES = int(os.environ.get("PYUK_FUZZ_CASES", "1100"))  # sources Python compiles
CHUNKS = 8
GENERATED_EVERY = 5  # one case in 5 is a generated program
MYPY_BATCH = 140
OBJECT_EVERY = 8  # clean programs taken on to an object file
LINK_EVERY = 80  # ... through the whole driver, linked and run
CLI_EVERY = 8  # sources Python refuses that go through the pyuk command


@dataclass
class Case:
    index: int
    source: str
    compiles: bool  # does CPython compile it?


@functools.cache
def make_cases() -> list[Case]:
    """Deterministic: the same seed gives the same sources."""
    seeds = seed_programs(HERE.parent / "run")
    cases: list[Case] = []
    valid = 0
    i = 0
    while valid < CASES:
        rng = random.Random(SEED * 100003 + i)
        if i % GENERATED_EVERY == 0:
            source = generated_program(rng)
        else:
            source = mutate(rng.choice(seeds), rng)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # invalid escapes in mutated strings
                compile(source, f"fz{i}.py", "exec")
            ok = True
        except (SyntaxError, ValueError):
            ok = False
        cases.append(Case(i, source, ok))
        valid += ok
        i += 1
    return cases


@dataclass
class Report:
    fed: int = 0
    mypy_refused: int = 0
    pyuk_refused: int = 0
    compiled_ir: int = 0
    objects: int = 0
    linked: int = 0
    crashes: list[str] = field(default_factory=list)

    def crash(self, case: Case, where: str) -> None:
        self.crashes.append(
            f"case {case.index} (seed {SEED}) crashed the compiler in {where}:\n"
            f"{traceback.format_exc()}\n--- source ---\n{case.source}\n"
        )


def _mypy(paths: list[Path], cache: Path) -> build.BuildResult:
    """mypy as pyuk runs it (frontend/mypy_build.py), without stopping at
    the first program with errors."""
    # no cached state for the fuzz modules: mypy must analyse them in full
    for stale in (cache / "3.11").glob("fz*.*"):
        stale.unlink(missing_ok=True)
    flags = ["--strict", "--cache-dir", str(cache), "--python-version", "3.11"]
    for code in _EXTRA_ERROR_CODES:
        flags += ["--enable-error-code", code]
    sources, options = process_options([*flags, *map(str, paths)])
    options.export_types = True
    options.preserve_asts = True
    options.incremental = True
    options.sqlite_cache = False
    options.mypy_path = [str(stdlib_dir())]
    options.show_column_numbers = True
    options.color_output = False
    options.error_summary = False
    return build.build(sources, options, extra_plugins=[PyukPlugin(options)])


def _typecheck(cases: list[tuple[Case, Path]], cache: Path, report: Report
               ) -> list[tuple[Case, Path, build.BuildResult]]:
    """The cases mypy accepts, with the build that checked them."""
    if not cases:
        return []
    try:
        result = _mypy([p for _, p in cases], cache)
    except MypyCompileError as exc:
        if len(cases) == 1:  # a blocking error: mypy refuses this one program
            explain_mypy_errors(list(exc.messages))
            report.mypy_refused += 1
            return []
        half = len(cases) // 2
        return (_typecheck(cases[:half], cache, report)
                + _typecheck(cases[half:], cache, report))
    except Exception:
        if len(cases) == 1:
            report.crash(cases[0][0], "mypy")
            return []
        half = len(cases) // 2
        return (_typecheck(cases[:half], cache, report)
                + _typecheck(cases[half:], cache, report))
    # mypy names files relative to the working directory (the sources' own)
    refused = {Path(m.split(":", 1)[0]).name for m in result.errors}
    explain_mypy_errors(list(result.errors))
    accepted = []
    for case, path in cases:
        if path.name in refused:
            report.mypy_refused += 1
        else:
            accepted.append((case, path, result))
    return accepted


_STDLIB_MODULES: dict[int, tuple[build.BuildResult, dict[str, MypyFile]]] = {}


def _program(path: Path, result: build.BuildResult) -> TypedProgram:
    """The program of one module of a batch: it and pyuk's stdlib."""
    cached = _STDLIB_MODULES.get(id(result))
    if cached is None or cached[0] is not result:
        _STDLIB_MODULES.clear()
        stdlib = {n: tree for n, tree in result.files.items()
                  if tree.path and _is_compiled_module(tree, stdlib_dir())}
        cached = (result, stdlib)
        _STDLIB_MODULES[id(result)] = cached
    name = path.stem
    modules = {**cached[1], name: result.files[name]}
    return TypedProgram([name], {name: path.name}, modules, result.types)


def _compile_one(case: Case, path: Path, result: build.BuildResult, report: Report,
                 out_dir: Path) -> None:
    program = _program(path, result)
    try:
        diagnostics = Diagnostics()
        check_dialect(program, diagnostics)
        for d in diagnostics.sorted():
            str(d)
        if diagnostics:
            report.pyuk_refused += 1
            return
        module = build_ir(program)
        report.compiled_ir += 1
    except CompileError:
        report.pyuk_refused += 1
        return
    except Exception:
        report.crash(case, "the dialect checker or the IR builder")
        return
    sample = case.index // CHUNKS  # the chunks take every CHUNKS-th case
    if sample % OBJECT_EVERY == 0:  # on through LLVM to an object file
        try:
            target = TARGETS["unix"].codegen
            backend.emit_object(backend.optimise(backend.to_llvm_ir(module, target), target,
                                                 "2"), target, "2")
            report.objects += 1
        except Exception:
            report.crash(case, "the back end (LLVM)")
            return
    if sample % LINK_EVERY:
        return
    # the whole driver, linked, and run: it must not die of a signal
    output = out_dir / path.stem
    try:
        compile_program(CompileOptions(source=path, output=output,
                                       mypy_cache=mypy_cache_dir() / "fuzz-driver"))
    except (CompileError, MypyErrors, RuntimeBuildError, LinkError):
        return  # what the pyuk command reports as a clean error
    except Exception:
        report.crash(case, "the driver")
        return
    report.linked += 1
    try:
        run = subprocess.run([str(output)], capture_output=True, timeout=10, cwd=out_dir)
    except subprocess.TimeoutExpired:
        return  # a mutant that loops forever: not the compiler's business
    if run.returncode < 0:
        report.crashes.append(f"case {case.index}: the compiled program died of signal "
                              f"{-run.returncode}\n--- source ---\n{case.source}\n")


def _through_cli(case: Case, path: Path, report: Report) -> None:
    """A source Python refuses, through the pyuk command."""
    out = io.StringIO()
    saved = os.environ.get("PYUK_CACHE")
    os.environ["PYUK_CACHE"] = str(mypy_cache_dir() / "fuzz-cli")  # its own mypy cache
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            status = pyuk_main(["compile", str(path), "--emit", "ir"])
    except Exception:
        report.crash(case, "the pyuk command")
        return
    finally:
        if saved is None:
            del os.environ["PYUK_CACHE"]
        else:
            os.environ["PYUK_CACHE"] = saved
    if status != 1 or "error:" not in out.getvalue():
        report.crashes.append(f"case {case.index}: a source Python refuses compiled "
                              f"(status {status})\n--- source ---\n{case.source}\n")


@pytest.mark.parametrize("chunk", range(CHUNKS))
def test_fuzz(chunk: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    cases = [c for c in make_cases() if c.index % CHUNKS == chunk]
    report = Report()
    valid: list[tuple[Case, Path]] = []
    for case in cases:
        path = tmp_path / f"fz{case.index}.py"
        path.write_text(case.source)
        if case.compiles:
            valid.append((case, path))
        elif (case.index // CHUNKS) % CLI_EVERY == 0:
            report.fed += 1
            _through_cli(case, path, report)
    report.fed += len(valid)
    cache = mypy_cache_dir() / "fuzz"
    for start in range(0, len(valid), MYPY_BATCH):
        batch = valid[start:start + MYPY_BATCH]
        for case, path, result in _typecheck(batch, cache, report):
            _compile_one(case, path, result, report, tmp_path)
    print(f"chunk {chunk}: {report.fed} sources, mypy refused {report.mypy_refused}, "
          f"pyuk refused {report.pyuk_refused}, IR built {report.compiled_ir}, "
          f"objects {report.objects}, linked {report.linked}")
    assert not report.crashes, "\n\n".join(report.crashes[:5])


def test_enough_cases() -> None:
    assert CASES >= 1000
    cases = make_cases()
    assert sum(c.compiles for c in cases) >= 1000
