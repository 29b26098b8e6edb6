"""Runtime functions of str, bytes, bytearray and formatting
(runtime-c/include/pyuk/str.h, bytes.h, format.h); merged into
``RUNTIME_FUNCTIONS`` by ``pyuk.ir.runtime_api``."""

from __future__ import annotations

from pyuk.ir.runtime_api import RuntimeFunction
from pyuk.ir.types import BOOL, FLOAT, INT, OBJECT, STR, VOID, RType

BYTES = RType("bytes", OBJECT.repr)
BYTEARRAY = RType("bytearray", OBJECT.repr)
STR_LIST = RType("list[str]", OBJECT.repr)


def _rt(*params: RType, result: RType = VOID, raises: bool = False) -> RuntimeFunction:
    return RuntimeFunction(params, result, raises)


S, B, A, P, I, F = STR, BYTES, BYTEARRAY, OBJECT, INT, FLOAT  # noqa: E741

_SEARCH = _rt(S, S, I, I, I, result=I)

TEXT_RUNTIME: dict[str, RuntimeFunction] = {
    # str operators (str.h)
    "pyuk_str_compare": _rt(S, S, result=I),
    "pyuk_str_concat": _rt(S, S, result=S, raises=True),
    "pyuk_str_concat3": _rt(S, S, S, result=S, raises=True),
    "pyuk_str_concat4": _rt(S, S, S, S, result=S, raises=True),
    "pyuk_str_concat8": _rt(S, S, S, S, S, S, S, S, result=S, raises=True),
    "pyuk_str_repeat": _rt(S, I, result=S, raises=True),
    "pyuk_str_append": _rt(S, S, S, result=S, raises=True),
    "pyuk_str_contains": _rt(S, S, result=BOOL),
    "pyuk_str_hash": _rt(S, result=I),
    "pyuk_str_getitem": _rt(S, I, result=S, raises=True),
    "pyuk_str_char_at": _rt(S, I, result=S, raises=True),
    "pyuk_str_slice": _rt(S, I, I, I, I, result=S, raises=True),
    # str methods
    "pyuk_str_find": _SEARCH,
    "pyuk_str_rfind": _SEARCH,
    "pyuk_str_index": _rt(S, S, I, I, I, result=I, raises=True),
    "pyuk_str_rindex": _rt(S, S, I, I, I, result=I, raises=True),
    "pyuk_str_count": _SEARCH,
    "pyuk_str_startswith": _rt(S, S, I, I, I, result=BOOL),
    "pyuk_str_endswith": _rt(S, S, I, I, I, result=BOOL),
    "pyuk_str_startswith_any": _rt(S, P, I, I, I, result=BOOL),
    "pyuk_str_endswith_any": _rt(S, P, I, I, I, result=BOOL),
    "pyuk_str_split": _rt(S, S, I, result=STR_LIST, raises=True),
    "pyuk_str_rsplit": _rt(S, S, I, result=STR_LIST, raises=True),
    "pyuk_str_splitlines": _rt(S, BOOL, result=STR_LIST, raises=True),
    "pyuk_str_join": _rt(S, P, result=S, raises=True),
    "pyuk_str_strip": _rt(S, S, result=S, raises=True),
    "pyuk_str_lstrip": _rt(S, S, result=S, raises=True),
    "pyuk_str_rstrip": _rt(S, S, result=S, raises=True),
    "pyuk_str_replace": _rt(S, S, S, I, result=S, raises=True),
    "pyuk_str_upper": _rt(S, result=S, raises=True),
    "pyuk_str_lower": _rt(S, result=S, raises=True),
    "pyuk_str_swapcase": _rt(S, result=S, raises=True),
    "pyuk_str_capitalize": _rt(S, result=S, raises=True),
    "pyuk_str_title": _rt(S, result=S, raises=True),
    "pyuk_str_casefold": _rt(S, result=S, raises=True),
    "pyuk_str_ljust": _rt(S, I, S, result=S, raises=True),
    "pyuk_str_rjust": _rt(S, I, S, result=S, raises=True),
    "pyuk_str_center": _rt(S, I, S, result=S, raises=True),
    "pyuk_str_zfill": _rt(S, I, result=S, raises=True),
    "pyuk_str_expandtabs": _rt(S, I, result=S, raises=True),
    "pyuk_str_partition": _rt(S, S, result=P, raises=True),
    "pyuk_str_rpartition": _rt(S, S, result=P, raises=True),
    "pyuk_str_removeprefix": _rt(S, S, result=S, raises=True),
    "pyuk_str_removesuffix": _rt(S, S, result=S, raises=True),
    "pyuk_str_isalpha": _rt(S, result=BOOL),
    "pyuk_str_isdigit": _rt(S, result=BOOL),
    "pyuk_str_isdecimal": _rt(S, result=BOOL),
    "pyuk_str_isnumeric": _rt(S, result=BOOL),
    "pyuk_str_isspace": _rt(S, result=BOOL),
    "pyuk_str_isalnum": _rt(S, result=BOOL),
    "pyuk_str_isprintable": _rt(S, result=BOOL),
    "pyuk_str_isascii": _rt(S, result=BOOL),
    "pyuk_str_isupper": _rt(S, result=BOOL),
    "pyuk_str_islower": _rt(S, result=BOOL),
    "pyuk_str_istitle": _rt(S, result=BOOL),
    "pyuk_str_encode": _rt(S, S, result=B, raises=True),
    # conversions
    "pyuk_str_from_int": _rt(I, result=S, raises=True),
    "pyuk_str_from_float": _rt(F, result=S, raises=True),
    "pyuk_str_from_bool": _rt(BOOL, result=S),
    "pyuk_str_repr": _rt(S, result=S, raises=True),
    "pyuk_str_ascii": _rt(S, result=S, raises=True),
    "pyuk_int_to_base_str": _rt(I, I, result=S, raises=True),
    "pyuk_str_to_int": _rt(S, I, result=I, raises=True),
    "pyuk_str_to_float": _rt(S, result=F, raises=True),
    "pyuk_str_ord": _rt(S, result=I, raises=True),
    "pyuk_str_chr": _rt(I, result=S, raises=True),
    # formatting (format.h)
    "pyuk_format_int": _rt(I, S, result=S, raises=True),
    "pyuk_format_float": _rt(F, S, result=S, raises=True),
    "pyuk_format_bool": _rt(BOOL, S, result=S, raises=True),
    "pyuk_format_str": _rt(S, S, result=S, raises=True),
    "pyuk_format_none": _rt(S, result=S, raises=True),
    "pyuk_format_default": _rt(S, S, S, result=S, raises=True),
    # bytes (bytes.h)
    "pyuk_bytes_zeros": _rt(I, result=B, raises=True),
    "pyuk_bytes_from_list": _rt(P, result=B, raises=True),
    "pyuk_bytes_from_bytearray": _rt(A, result=B, raises=True),
    "pyuk_bytes_getitem": _rt(P, I, result=I, raises=True),
    "pyuk_bytes_slice": _rt(B, I, I, I, I, result=B, raises=True),
    "pyuk_bytes_concat": _rt(B, B, result=B, raises=True),
    "pyuk_bytes_repeat": _rt(B, I, result=B, raises=True),
    "pyuk_bytes_eq": _rt(B, B, result=BOOL),
    "pyuk_bytes_compare": _rt(B, B, result=I),
    "pyuk_bytes_contains": _rt(B, B, result=BOOL),
    "pyuk_bytes_contains_int": _rt(B, I, result=BOOL, raises=True),
    "pyuk_bytes_hash": _rt(B, result=I),
    "pyuk_bytes_repr": _rt(B, result=S, raises=True),
    "pyuk_bytes_hex": _rt(B, result=S, raises=True),
    "pyuk_binary_hex_sep": _rt(P, S, I, result=S, raises=True),
    "pyuk_bytes_decode": _rt(B, S, result=S, raises=True),
    "pyuk_bytes_index": _rt(B, B, I, I, I, result=I, raises=True),
    "pyuk_bytes_rindex": _rt(B, B, I, I, I, result=I, raises=True),
    "pyuk_bytes_upper": _rt(B, result=B, raises=True),
    "pyuk_bytes_lower": _rt(B, result=B, raises=True),
    "pyuk_bytes_fromhex": _rt(S, result=B, raises=True),
    # bytearray
    "pyuk_bytearray_new": _rt(I, result=A, raises=True),
    "pyuk_bytearray_from_bytes": _rt(B, result=A, raises=True),
    "pyuk_bytearray_from_list": _rt(P, result=A, raises=True),
    "pyuk_bytearray_getitem": _rt(P, I, result=I, raises=True),
    "pyuk_bytearray_setitem": _rt(A, I, I, raises=True),
    "pyuk_bytearray_slice": _rt(A, I, I, I, I, result=A, raises=True),
    "pyuk_bytearray_setslice": _rt(A, I, I, I, I, P, raises=True),
    "pyuk_bytearray_append": _rt(A, I, raises=True),
    "pyuk_bytearray_extend": _rt(A, P, raises=True),
    "pyuk_bytearray_extend_list": _rt(A, P, raises=True),
    "pyuk_bytearray_concat": _rt(A, P, result=A, raises=True),
    "pyuk_bytearray_repeat": _rt(A, I, result=A, raises=True),
    "pyuk_bytearray_compare": _rt(A, P, result=I),
    "pyuk_bytearray_eq": _rt(A, P, result=BOOL),
    "pyuk_bytearray_repr": _rt(A, result=S, raises=True),
    "pyuk_bytearray_hex": _rt(A, result=S, raises=True),
    "pyuk_bytearray_delitem": _rt(A, I, raises=True),
    # core/bytearray_methods.c
    "pyuk_bytearray_pop": _rt(A, I, result=I, raises=True),
    "pyuk_bytearray_insert": _rt(A, I, I, raises=True),
    "pyuk_bytearray_remove": _rt(A, I, raises=True),
    "pyuk_bytearray_clear": _rt(A, raises=True),
    "pyuk_bytearray_reverse": _rt(A),
    "pyuk_bytearray_copy": _rt(A, result=A, raises=True),
    "pyuk_bytearray_del_slice": _rt(A, I, I, I, I, raises=True),
    "pyuk_bytearray_decode": _rt(A, S, result=S, raises=True),
    # int <-> bytes
    "pyuk_int_from_bytes": _rt(P, I, BOOL, result=I, raises=True),
    "pyuk_int_to_bytes": _rt(I, I, I, BOOL, result=B, raises=True),
    "pyuk_byteorder": _rt(S, result=I, raises=True),
}
