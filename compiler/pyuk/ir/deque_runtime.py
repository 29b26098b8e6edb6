"""Runtime functions of ``collections.deque`` (runtime-c/include/pyuk/deque.h,
core/deque.c); merged into ``RUNTIME_FUNCTIONS`` by ``pyuk.ir.runtime_api``."""

from __future__ import annotations

from pyuk.ir.runtime_api import RuntimeFunction
from pyuk.ir.types import BOOL, INT, OBJECT, VOID, WORD, RType


def _rt(*params: RType, result: RType = VOID, raises: bool = False) -> RuntimeFunction:
    return RuntimeFunction(params, result, raises)


P = OBJECT
W = WORD
I = INT  # noqa: E741

DEQUE_RUNTIME: dict[str, RuntimeFunction] = {
    "pyuk_deque_new": _rt(I, I, BOOL, result=P, raises=True),
    "pyuk_deque_append": _rt(P, W, raises=True),
    "pyuk_deque_appendleft": _rt(P, W, raises=True),
    "pyuk_deque_pop": _rt(P, result=W, raises=True),
    "pyuk_deque_popleft": _rt(P, result=W, raises=True),
    "pyuk_deque_extend_deque": _rt(P, P, BOOL, raises=True),
    "pyuk_deque_clear": _rt(P),
    "pyuk_deque_rotate": _rt(P, I),
    "pyuk_deque_reverse": _rt(P),
    "pyuk_deque_count": _rt(P, W, I, result=I, raises=True),
    "pyuk_deque_contains": _rt(P, W, I, result=BOOL, raises=True),
    "pyuk_deque_remove": _rt(P, W, I, raises=True),
    "pyuk_deque_index": _rt(P, W, I, I, I, result=I, raises=True),
    "pyuk_deque_copy": _rt(P, result=P, raises=True),
    "pyuk_deque_getitem": _rt(P, I, result=W, raises=True),
    "pyuk_deque_setitem": _rt(P, I, W, raises=True),
    "pyuk_deque_delitem": _rt(P, I, raises=True),
    "pyuk_deque_maxlen": _rt(P, result=P, raises=True),
    "pyuk_deque_state": _rt(P, result=I),
    "pyuk_deque_iter_more": _rt(P, I, I, result=BOOL, raises=True),
    "pyuk_deque_item_at": _rt(P, I, result=W),
}
