"""The opcode table: what each IR op takes, returns and may do.

One row per op keeps the IR data-driven: the builder, the printer, the
parser, the verifier and the back end all read this table, and a test checks
that the back end compiles every op listed here.
"""

from __future__ import annotations

from dataclasses import dataclass

from pyuk.ir.types import BOOL, FLOAT, INT, WORD, RType


@dataclass(frozen=True)
class OpInfo:
    """``args``: operand types (None = any, checked elsewhere); ``result``:
    the type of ``dest`` (None = no result, or the type of the symbol's
    result for calls); ``raises``: the op can raise an exception;
    ``terminator``: ends a block; ``symbol``: the op names a callee or global;
    ``labels``: how many jump targets it has."""

    args: tuple[RType | None, ...] | None
    result: RType | None
    raises: bool = False
    terminator: bool = False
    symbol: bool = False
    labels: int = 0


def _int_binary(raises: bool) -> OpInfo:
    return OpInfo((INT, INT), INT, raises=raises)


def _float_binary(raises: bool) -> OpInfo:
    return OpInfo((FLOAT, FLOAT), FLOAT, raises=raises)


OPCODES: dict[str, OpInfo] = {
    # data movement
    "move": OpInfo((None,), None),
    "global.load": OpInfo((), None, symbol=True),
    # reads a global that may not be assigned yet: NameError if it is not
    "global.load_checked": OpInfo((), None, raises=True, symbol=True),
    "global.store": OpInfo((None,), None, symbol=True),
    # int: 64-bit, raising OverflowError instead of wrapping
    "int.add": _int_binary(True),
    "int.sub": _int_binary(True),
    "int.mul": _int_binary(True),
    "int.floordiv": _int_binary(True),
    "int.mod": _int_binary(True),
    "int.pow": _int_binary(True),
    "int.lshift": _int_binary(True),
    "int.rshift": _int_binary(True),
    "int.and": _int_binary(False),
    "int.or": _int_binary(False),
    "int.xor": _int_binary(False),
    "int.add_saturating": _int_binary(False),
    # a sum the builder knows fits (a range counter stepping by 1 or -1
    # from below/above its limit): no check, and LLVM is told it cannot wrap
    "int.add_nowrap": _int_binary(False),
    "int.neg": OpInfo((INT,), INT, raises=True),
    "int.abs": OpInfo((INT,), INT, raises=True),
    "int.invert": OpInfo((INT,), INT),
    "int.truediv": OpInfo((INT, INT), FLOAT, raises=True),
    "int.to_float": OpInfo((INT,), FLOAT),
    "int.eq": OpInfo((INT, INT), BOOL),
    "int.ne": OpInfo((INT, INT), BOOL),
    "int.lt": OpInfo((INT, INT), BOOL),
    "int.le": OpInfo((INT, INT), BOOL),
    "int.gt": OpInfo((INT, INT), BOOL),
    "int.ge": OpInfo((INT, INT), BOOL),
    # float: IEEE double with CPython's error rules
    "float.add": _float_binary(False),
    "float.sub": _float_binary(False),
    "float.mul": _float_binary(False),
    "float.truediv": _float_binary(True),
    "float.floordiv": _float_binary(True),
    "float.mod": _float_binary(True),
    "float.pow": _float_binary(True),
    "float.neg": OpInfo((FLOAT,), FLOAT),
    "float.abs": OpInfo((FLOAT,), FLOAT),
    "float.to_int": OpInfo((FLOAT,), INT, raises=True),
    "float.eq": OpInfo((FLOAT, FLOAT), BOOL),
    "float.ne": OpInfo((FLOAT, FLOAT), BOOL),
    "float.lt": OpInfo((FLOAT, FLOAT), BOOL),
    "float.le": OpInfo((FLOAT, FLOAT), BOOL),
    "float.gt": OpInfo((FLOAT, FLOAT), BOOL),
    "float.ge": OpInfo((FLOAT, FLOAT), BOOL),
    # bool
    "bool.not": OpInfo((BOOL,), BOOL),
    "bool.eq": OpInfo((BOOL, BOOL), BOOL),
    "bool.ne": OpInfo((BOOL, BOOL), BOOL),
    "bool.and": OpInfo((BOOL, BOOL), BOOL),
    "bool.or": OpInfo((BOOL, BOOL), BOOL),
    "bool.to_int": OpInfo((BOOL,), INT),
    # containers hold 64-bit words: pack any value into one, unpack it back
    # (the result type of word.unpack is the type of its dest)
    "word.pack": OpInfo((None,), WORD),
    "word.unpack": OpInfo((WORD,), None),
    # boxing int/float/bool into objects (object, unions, Optional[int]);
    # box can raise MemoryError, unbox trusts the type (checked before)
    "box": OpInfo((None,), None, raises=True),
    "unbox": OpInfo((None,), None),
    # references
    "ref.is": OpInfo((None, None), BOOL),
    "ref.is_not": OpInfo((None, None), BOOL),
    # calls: ``symbol`` is a compiled function or a runtime function
    "call": OpInfo(None, None, raises=True, symbol=True),
    "rtcall": OpInfo(None, None, symbol=True),
    # instances of compiled classes (pyuk.ir.classes, docs/classes.md)
    # a zeroed instance of the class named by the symbol (MemoryError)
    "obj.new": OpInfo((), None, raises=True, symbol=True),
    # the slot of field "Class.field": read (typed by dest), write
    "field.get": OpInfo((None,), None, symbol=True),
    "field.set": OpInfo((None, None), None, symbol=True),
    # a call through args[0]'s vtable; symbol: the method owning the slot
    "method.vcall": OpInfo(None, None, raises=True, symbol=True),
    # the same through the vtable of args[0], a class object (cls(...))
    "class.vcall": OpInfo(None, None, raises=True, symbol=True),
    # a call through a protocol; symbol: the selector "mod.Proto.member"
    "method.pcall": OpInfo(None, None, raises=True, symbol=True),
    # isinstance(x, Class) for a compiled class (False for None)
    "obj.isinstance": OpInfo((None,), BOOL, symbol=True),
    # the descriptor of a class (symbol) or of an object's class
    "class.ref": OpInfo((), None, symbol=True),
    "obj.type": OpInfo((None,), None),
    # the static member object "Enum.MEMBER" of an IntEnum
    "enum.member": OpInfo((), None, symbol=True),
    # named tuples: a new one of the class (args: item words), item i
    "namedtuple.new": OpInfo(None, None, raises=True, symbol=True),
    "namedtuple.item": OpInfo((None, INT), None),
    # exceptions (docs/exceptions.md).  ``symbol`` names a class's type
    # descriptor.  exc.raise/exc.raise_from record this frame in the
    # traceback on the way to the handler; exc.reraise does not (the frame
    # is in it already): with an operand it makes that exception pending,
    # without one it passes on the pending exception.
    "exc.new": OpInfo(None, None, raises=True, symbol=True),
    "exc.init": OpInfo(None, None, raises=True),
    "exc.matches": OpInfo((None,), BOOL, symbol=True),
    "exc.fetch": OpInfo((), None),
    "exc.handled": OpInfo((), None),
    "exc.set_handled": OpInfo((None,), None),
    "exc.raise": OpInfo((None,), None, raises=True, terminator=True),
    "exc.raise_from": OpInfo((None, None), None, raises=True, terminator=True),
    "exc.reraise": OpInfo(None, None, raises=True, terminator=True),
    # a field of struct pyuk_exception named by the symbol (args, cause,
    # context, suppress_context), typed by dest
    "exc.field": OpInfo((None,), None, symbol=True),
    # comprehensions have frames of their own in CPython 3.11: the frame
    # recorded last becomes the one named by the symbol ("<listcomp>"),
    # then exc.propagate records the function's frame at its line and
    # passes the pending exception on
    "exc.subframe": OpInfo((), None, symbol=True),
    "exc.propagate": OpInfo((), None, raises=True, terminator=True),
    # control flow
    "goto": OpInfo((), None, terminator=True, labels=1),
    "branch": OpInfo((BOOL,), None, terminator=True, labels=2),
    "return": OpInfo(None, None, terminator=True),
    "unreachable": OpInfo((), None, terminator=True),
}


def op_can_raise(op: str, symbol: str | None) -> bool:
    """Whether an op can leave an exception pending."""
    if op == "rtcall":
        from pyuk.ir.runtime_api import RUNTIME_FUNCTIONS

        assert symbol is not None
        return RUNTIME_FUNCTIONS[symbol].raises
    return OPCODES[op].raises


# ops of the containers (list, tuple, dict, set) live in their own module
from pyuk.ir.container_opcodes import CONTAINER_OPCODES  # noqa: E402

OPCODES.update(CONTAINER_OPCODES)

# ops of functions as values (closures, cells) live in their own module
from pyuk.ir.closure_opcodes import CLOSURE_OPCODES  # noqa: E402

OPCODES.update(CLOSURE_OPCODES)

# ops of str and bytes live in their own module
from pyuk.ir.text_opcodes import TEXT_OPCODES  # noqa: E402

OPCODES.update(TEXT_OPCODES)
