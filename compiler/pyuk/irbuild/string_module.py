"""The ``string`` module's constants (``string.ascii_lowercase``,
``digits``...): constant strings, the same text as CPython's."""

from __future__ import annotations

import string

from pyuk.ir.nodes import Const
from pyuk.ir.types import STR
from pyuk.irbuild.constant_names import register_constants

NAMES = ("ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits",
         "octdigits", "punctuation", "printable", "whitespace")

register_constants({f"string.{name}": Const(getattr(string, name), STR) for name in NAMES})
