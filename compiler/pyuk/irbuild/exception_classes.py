"""The builtin exception classes the runtime defines (runtime-c/core/
exception_types.c, listed by PYUK_BUILTIN_EXCEPTIONS in runtime.h)."""

from __future__ import annotations

BUILTIN_EXCEPTIONS: tuple[str, ...] = (
    "BaseException", "Exception", "SystemExit", "ArithmeticError",
    "OverflowError", "ZeroDivisionError", "LookupError", "IndexError",
    "KeyError", "ValueError", "TypeError", "RuntimeError",
    "RecursionError", "NotImplementedError", "NameError",
    "AssertionError", "StopIteration", "MemoryError", "AttributeError",
    "UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError",
    "KeyboardInterrupt", "GeneratorExit", "FloatingPointError",
    "BufferError", "EOFError", "UnboundLocalError", "UnicodeTranslateError",
    "StopAsyncIteration", "ImportError", "ModuleNotFoundError",
    "OSError", "ConnectionError", "BrokenPipeError",
    "ConnectionAbortedError", "ConnectionRefusedError",
    "ConnectionResetError", "TimeoutError", "BlockingIOError",
    "InterruptedError", "FileNotFoundError", "FileExistsError",
    "PermissionError", "ChildProcessError", "IsADirectoryError",
    "NotADirectoryError", "ProcessLookupError", "SyntaxError",
    "IndentationError", "TabError",
)


def builtin_type_symbol(name: str) -> str:
    """The C symbol of a builtin exception class's type descriptor."""
    return f"pyuk_type_{name}"
