"""Where pyuk finds its runtime, stdlib and caches."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path


@cache
def project_root() -> Path:
    """The source tree holding runtime-c/ and stdlib/.

    pyuk is installed in editable mode from its source tree; PYUK_HOME
    overrides the search (for an installed copy of the tree)."""
    env = os.environ.get("PYUK_HOME")
    if env:
        return Path(env).resolve()
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / "runtime-c").is_dir() and (parent / "stdlib").is_dir():
            return parent
    raise RuntimeError("cannot find pyuk's runtime-c/ and stdlib/: set PYUK_HOME")


def runtime_dir() -> Path:
    return project_root() / "runtime-c"


def stdlib_dir() -> Path:
    return project_root() / "stdlib"


def templates_dir() -> Path:
    return Path(__file__).resolve().parent / "templates"


def cache_root() -> Path:
    """PYUK_CACHE, else $XDG_CACHE_HOME/pyuk, else ~/.cache/pyuk."""
    env = os.environ.get("PYUK_CACHE")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "pyuk"
