"""IR ops of the containers (list, tuple, dict, set); merged into
``OPCODES`` by ``pyuk.ir.opcodes``.  Their runtime functions are in
``pyuk.ir.container_runtime``.

Container items are 64-bit words (``word``); the builder packs values into
words and unpacks them by the container's item type.  Only the hot paths
are ops the back end inlines (lengths, bounds-checked list get/set, the
append fast path, tuple construction and items); the rest are runtime calls.
"""

from __future__ import annotations

from pyuk.ir.opcodes import OpInfo
from pyuk.ir.types import INT, OBJECT, WORD

CONTAINER_OPCODES: dict[str, OpInfo] = {
    # the int64 at byte offset args[1] (a constant) of object args[0]:
    # len() of list (8), tuple (8), dict (8), set (16), str (16)
    "load.len": OpInfo((None, INT), INT),
    # the reference at byte offset args[1] of object args[0] (typed by dest)
    "load.ref": OpInfo((None, INT), None),
    # list[i] with negative indices; IndexError "list index out of range"
    "list.get": OpInfo((None, INT), WORD, raises=True),
    # list[i] = w; IndexError "list assignment index out of range"
    "list.set": OpInfo((None, INT, WORD), None, raises=True),
    # item i of a list, 0 <= i < len known (loops, literals)
    "list.item": OpInfo((None, INT), WORD),
    "list.init": OpInfo((None, INT, WORD), None),
    # list.append(w): inline when there is room, else pyuk_list_append
    "list.append": OpInfo((None, WORD), None, raises=True),
    # a new tuple of the item words; symbol: its kinds (tuple_<kinds>)
    "tuple.new": OpInfo(None, None, raises=True, symbol=True),
    # item i (a constant, in range) of a tuple
    "tuple.item": OpInfo((None, INT), WORD),
    # the type descriptor of tuples of these kinds (symbol tuple_<kinds>)
    "tuple.type": OpInfo((), OBJECT, symbol=True),
}
