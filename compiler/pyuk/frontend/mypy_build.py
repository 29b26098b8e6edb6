"""Runs mypy on the program: parsing, semantic analysis and type inference.

pyuk never checks types itself.  It asks mypy for the fully typed trees of
the modules it compiles (the program and pyuk's own stdlib) and reads
library modules (builtins, typing...) from mypy's incremental cache.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from mypy import build
from mypy.errors import CompileError as MypyCompileError
from mypy.main import process_options
from mypy.nodes import Expression, MypyFile
from mypy.types import Type

from pyuk.frontend.mypy_plugin import PyukPlugin
from pyuk.paths import stdlib_dir

# Error codes pyuk turns on beyond --strict: reading a variable that may be
# unbound would be undefined behaviour in compiled code.
_EXTRA_ERROR_CODES = ("possibly-undefined",)


@dataclass
class TypedProgram:
    """mypy's view of a program: trees of the compiled modules and the type
    of every expression in them."""

    main_modules: list[str]  # one program, or several for a test batch
    main_paths: dict[str, str]  # module -> path as the user gave it
    modules: dict[str, MypyFile]
    types: dict[Expression, Type]

    @property
    def main_module(self) -> str:
        return self.main_modules[0]

    def path_of(self, module: str) -> str:
        """The file name tracebacks show for a module, like CPython's."""
        return self.main_paths.get(module) or self.modules[module].path


class MypyErrors(Exception):
    """mypy rejected the program; ``messages`` are formatted as mypy prints."""

    def __init__(self, messages: list[str]) -> None:
        super().__init__("\n".join(messages))
        self.messages = messages


def _forget_compiled_modules(cache_dir: Path) -> None:
    """Drops mypy's cache entries for modules pyuk compiled before, so that
    mypy re-analyses them and hands back full trees (a fresh cache entry
    would give only a module's interface).  Library modules stay cached."""
    record = cache_dir / "pyuk-compiled-modules.json"
    if not record.exists():
        return
    version_dir = cache_dir / "3.11"
    for module in json.loads(record.read_text()):
        base = version_dir.joinpath(*module.split("."))
        for suffix in (".meta.ff", ".data.ff", ".meta.json", ".data.json"):
            base.with_name(base.name + suffix).unlink(missing_ok=True)
        init = base / "__init__"
        for suffix in (".meta.ff", ".data.ff", ".meta.json", ".data.json"):
            init.with_name(init.name + suffix).unlink(missing_ok=True)


def _remember_compiled_modules(cache_dir: Path, modules: list[str]) -> None:
    record = cache_dir / "pyuk-compiled-modules.json"
    known: set[str] = set()
    if record.exists():
        known = set(json.loads(record.read_text()))
    if not known.issuperset(modules):
        record.parent.mkdir(parents=True, exist_ok=True)
        tmp = record.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(sorted(known | set(modules))))
        tmp.replace(record)


def _is_compiled_module(tree: MypyFile, program_dir: Path) -> bool:
    """The program's own modules and pyuk's stdlib are compiled; typeshed
    modules are provided by the compiler and runtime."""
    if not tree.path:
        return False
    path = Path(tree.path).resolve()
    return path.is_relative_to(program_dir) or path.is_relative_to(stdlib_dir())


def run_mypy(sources: list[Path], cache_dir: Path) -> TypedProgram:
    """Type-checks the programs with mypy --strict; returns the typed trees."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    _forget_compiled_modules(cache_dir)
    flags = ["--strict", "--cache-dir", str(cache_dir), "--python-version", "3.11"]
    for code in _EXTRA_ERROR_CODES:
        flags += ["--enable-error-code", code]
    build_sources, options = process_options([*flags, *map(str, sources)])
    options.export_types = True
    options.preserve_asts = True
    options.incremental = True
    options.sqlite_cache = False
    options.mypy_path = [str(stdlib_dir())]
    options.show_column_numbers = True
    options.show_error_end = False
    options.color_output = False
    options.error_summary = False
    try:
        result = build.build(build_sources, options, extra_plugins=[PyukPlugin(options)])
    except MypyCompileError as exc:
        raise MypyErrors(list(exc.messages)) from None
    if result.errors:
        raise MypyErrors(list(result.errors))
    main_modules = [s.module for s in build_sources]
    main_paths = {s.module: str(path) for s, path in zip(build_sources, sources, strict=True)}
    program_dirs = {path.resolve().parent for path in sources}
    modules = {
        name: tree
        for name, tree in result.files.items()
        if any(_is_compiled_module(tree, d) for d in program_dirs)
    }
    _remember_compiled_modules(cache_dir, list(modules))
    return TypedProgram(main_modules, main_paths, modules, result.types)
