"""IR ops of functions as values: closures and cells
(runtime-c/include/pyuk/function.h has the layouts).  Merged into
``OPCODES`` by ``pyuk.ir.opcodes``.

A function value is a closure object: a code pointer and the slots the
function captured.  Its code takes the closure as a hidden first parameter,
then its own parameters unboxed, so calling a ``Callable[[int], int]``
passes and returns an i64.
"""

from __future__ import annotations

from pyuk.ir.opcodes import OpInfo

CLOSURE_OPCODES: dict[str, OpInfo] = {
    # a new closure of the nested function named by the symbol; args: the
    # values of its slots in order (references, cells or unboxed numbers)
    "closure.new": OpInfo(None, None, raises=True, symbol=True),
    # the static closure of a function that captures nothing (the symbol
    # names its code, which takes the closure first)
    "closure.static": OpInfo((), None, symbol=True),
    # slot args[1] (an int constant) of closure args[0], as dest's type
    "closure.slot": OpInfo(None, None),
    # a call through the function value args[0] with args[1:]; the result
    # type is dest's (no dest: a function returning None)
    "closure.call": OpInfo(None, None, raises=True),
    # a new cell holding args[0] (its type says traced or not)
    "cell.new": OpInfo((None,), None, raises=True),
    # the value in cell args[0], as dest's type; store args[1] in cell args[0]
    "cell.get": OpInfo((None,), None),
    "cell.set": OpInfo((None, None), None),
}
