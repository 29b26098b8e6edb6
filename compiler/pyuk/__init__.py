"""pyuk: an ahead-of-time compiler from typed Python to unikernels."""

from pathlib import Path as _Path

# The modules pyuk provides to programs (stdlib/pyuk: pyuk.xen...) are plain
# Python too: under CPython, ``import pyuk.xen`` finds them through this
# package.  The compiler reads them from stdlib/ itself (pyuk.paths).
_STDLIB = _Path(__file__).resolve().parents[2] / "stdlib" / "pyuk"
if _STDLIB.is_dir():
    __path__.append(str(_STDLIB))
