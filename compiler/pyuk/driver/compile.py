"""The compile pipeline: mypy, IR, LLVM, object code, link; timed per phase."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pyuk.codegen import backend
from pyuk.diagnostics import CompileError, Diagnostics
from pyuk.driver.link import link
from pyuk.driver.runtime_build import runtime_library
from pyuk.driver.targets import TARGETS
from pyuk.frontend.dialect import check_dialect, explain_mypy_errors
from pyuk.frontend.mypy_build import MypyErrors, run_mypy
from pyuk.ir.nodes import Module
from pyuk.ir.printer import format_module
from pyuk.irbuild.modules import build_ir
from pyuk.paths import cache_root

EMIT_KINDS = ("exe", "ir", "llvm", "llvm-opt", "asm", "obj")


@dataclass
class CompileOptions:
    source: Path
    batch: list[Path] | None = None  # test batches: more programs after source
    target: str = "unix"
    output: Path | None = None
    opt: str = "2"
    emit: str = "exe"
    stack_size: int | None = None
    map_file: Path | None = None
    mypy_cache: Path | None = None
    boot_trace: bool = False  # kernels: print the time from entry to main


@dataclass
class CompileResult:
    output: Path | None
    text: str | None  # for --emit ir/llvm/asm to stdout
    timings: dict[str, float] = field(default_factory=dict)
    module: Module | None = None  # the IR (pyuk size maps symbols to modules with it)


class _Timer:
    def __init__(self) -> None:
        self.timings: dict[str, float] = {}

    @contextmanager
    def phase(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - start


def default_mypy_cache() -> Path:
    return cache_root() / "mypy"


def build_ir_module(
    sources: list[Path], mypy_cache: Path | None, timer: _Timer | None = None,
    batch: bool = False,
) -> Module:
    timer = timer or _Timer()
    with timer.phase("mypy"):
        try:
            program = run_mypy(sources, mypy_cache or default_mypy_cache())
        except MypyErrors as exc:
            raise MypyErrors(explain_mypy_errors(exc.messages)) from None
    with timer.phase("dialect"):
        # everything outside the dialect, all at once, before building IR
        diagnostics = Diagnostics()
        check_dialect(program, diagnostics)
        if diagnostics:
            raise CompileError(diagnostics.sorted())
    with timer.phase("ir build"):
        return build_ir(program, batch)


def compile_program(options: CompileOptions) -> CompileResult:
    """Runs the pipeline up to ``options.emit``."""
    timer = _Timer()
    target = TARGETS[options.target]
    sources = [options.source, *(options.batch or [])]
    module = build_ir_module(sources, options.mypy_cache, timer, options.batch is not None)
    if options.emit == "ir":
        return CompileResult(None, format_module(module), timer.timings)
    with timer.phase("llvm ir"):
        llmod = backend.to_llvm_ir(module, target.codegen)
    if options.emit == "llvm":
        return CompileResult(None, str(llmod), timer.timings)
    with timer.phase("optimise"):
        ref = backend.optimise(llmod, target.codegen, options.opt)
    if options.emit == "llvm-opt":
        return CompileResult(None, str(ref), timer.timings)
    if options.emit == "asm":
        with timer.phase("codegen"):
            return CompileResult(
                None, backend.emit_assembly(ref, target.codegen, options.opt), timer.timings
            )
    with timer.phase("codegen"):
        obj = backend.emit_object(ref, target.codegen, options.opt)
    output = options.output or options.source.with_suffix(
        ".o" if options.emit == "obj" else ("" if target.name == "unix" else ".elf")
    )
    if options.emit == "obj":
        output.write_bytes(obj)
        return CompileResult(output, None, timer.timings)
    with timer.phase("runtime build"):
        runtime_library(target)
    with tempfile.TemporaryDirectory(prefix="pyuk-link-") as tmp:
        obj_path = Path(tmp) / "program.o"
        obj_path.write_bytes(obj)
        undefined = ("pyuk_boot_trace_report",) if options.boot_trace else ()
        with timer.phase("link"):
            link(target, obj_path, output, Path(tmp), options.stack_size, options.map_file,
                 undefined)
    if target.name == "xen":
        from pyuk.driver.xen_config import write_xl_config

        write_xl_config(output, options.source.stem)
    return CompileResult(output, None, timer.timings, module)
