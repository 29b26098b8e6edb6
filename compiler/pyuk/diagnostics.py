"""Compile errors in mypy's format: ``file:line:col: error: message``."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Diagnostic:
    file: str
    line: int
    column: int  # 1-based, as mypy prints it
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: error: {self.message}"


@dataclass
class Diagnostics:
    """Collects every error of a compile, so that all are reported at once."""

    items: list[Diagnostic] = field(default_factory=list)

    def error(self, file: str, line: int, column: int, message: str) -> None:
        diagnostic = Diagnostic(file, line, column, message)
        if diagnostic not in self.items:
            self.items.append(diagnostic)

    def __bool__(self) -> bool:
        return bool(self.items)

    def sorted(self) -> list[Diagnostic]:
        return sorted(self.items)


class CompileError(Exception):
    """The program is outside what pyuk compiles; carries all diagnostics."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("\n".join(str(d) for d in diagnostics))
        self.diagnostics = diagnostics
