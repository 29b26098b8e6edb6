"""Runtime functions of the containers and of the generic object operations
(runtime-c/include/pyuk/containers.h, object.h); merged into
``RUNTIME_FUNCTIONS`` by ``pyuk.ir.runtime_api``."""

from __future__ import annotations

from pyuk.ir.runtime_api import RuntimeFunction
from pyuk.ir.types import BOOL, FLOAT, INT, OBJECT, STR, VOID, WORD, RType


def _rt(*params: RType, result: RType = VOID, raises: bool = False) -> RuntimeFunction:
    return RuntimeFunction(params, result, raises)


P = OBJECT
W = WORD
I = INT  # noqa: E741

CONTAINER_RUNTIME: dict[str, RuntimeFunction] = {
    # list
    "pyuk_list_new": _rt(I, I, result=P, raises=True),
    "pyuk_list_append": _rt(P, W, raises=True),
    # random (core/random_mt.c)
    "pyuk_random_seed": _rt(I, BOOL),
    "pyuk_random_random": _rt(result=FLOAT),
    "pyuk_random_getrandbits": _rt(I, result=I, raises=True),
    "pyuk_random_randrange": _rt(I, I, I, BOOL, result=I, raises=True),
    "pyuk_random_randint": _rt(I, I, result=I, raises=True),
    "pyuk_random_choice_index": _rt(I, result=I, raises=True),
    "pyuk_random_shuffle": _rt(P),
    # heapq (core/heapq.c)
    "pyuk_heapq_heappush": _rt(P, W, raises=True),
    "pyuk_heapq_heappop": _rt(P, result=W, raises=True),
    "pyuk_heapq_heapify": _rt(P, raises=True),
    "pyuk_heapq_heapreplace": _rt(P, W, result=W, raises=True),
    "pyuk_heapq_heappushpop": _rt(P, W, result=W, raises=True),
    "pyuk_list_pop": _rt(P, I, result=W, raises=True),
    "pyuk_list_insert": _rt(P, I, W, raises=True),
    "pyuk_list_extend": _rt(P, P, raises=True),
    "pyuk_list_remove": _rt(P, W, I, raises=True),
    "pyuk_list_index": _rt(P, W, I, I, I, result=I, raises=True),
    "pyuk_list_count": _rt(P, W, I, result=I, raises=True),
    "pyuk_list_contains": _rt(P, W, I, result=BOOL, raises=True),
    "pyuk_list_reverse": _rt(P),
    "pyuk_list_clear": _rt(P),
    "pyuk_list_copy": _rt(P, result=P, raises=True),
    "pyuk_list_sort": _rt(P, I, raises=True),
    "pyuk_list_sort_keyed": _rt(P, P, I, raises=True),
    "pyuk_list_slice": _rt(P, I, I, I, I, result=P, raises=True),
    "pyuk_list_set_slice": _rt(P, I, I, I, I, P, raises=True),
    "pyuk_list_del_slice": _rt(P, I, I, I, I, raises=True),
    "pyuk_list_delitem": _rt(P, I, raises=True),
    "pyuk_list_concat": _rt(P, P, result=P, raises=True),
    "pyuk_list_repeat": _rt(P, I, result=P, raises=True),
    "pyuk_list_iadd": _rt(P, P, result=P, raises=True),
    "pyuk_list_imul": _rt(P, I, result=P, raises=True),
    "pyuk_raise_index_error": _rt(I, raises=True),
    # tuple
    "pyuk_tuple_slice": _rt(P, I, I, I, I, result=P, raises=True),
    "pyuk_tuple_concat": _rt(P, P, P, result=P, raises=True),
    "pyuk_tuple_repeat": _rt(P, I, P, result=P, raises=True),
    "pyuk_tuple_retype": _rt(P, P, result=P, raises=True),
    "pyuk_tuple_from_list": _rt(P, P, result=P, raises=True),
    "pyuk_list_from_tuple": _rt(P, I, result=P, raises=True),
    "pyuk_tuple_getitem": _rt(P, I, result=W, raises=True),
    "pyuk_tuple_contains": _rt(P, W, I, result=BOOL, raises=True),
    "pyuk_tuple_index": _rt(P, W, I, result=I, raises=True),
    "pyuk_tuple_count": _rt(P, W, I, result=I, raises=True),
    # dict
    "pyuk_dict_new": _rt(I, I, result=P, raises=True),
    "pyuk_dict_new_presized": _rt(I, I, I, result=P, raises=True),
    "pyuk_dict_setitem": _rt(P, W, W, raises=True),
    "pyuk_dict_getitem": _rt(P, W, I, result=W, raises=True),
    "pyuk_dict_get": _rt(P, W, I, W, result=W, raises=True),
    "pyuk_dict_pop": _rt(P, W, I, result=W, raises=True),
    "pyuk_dict_pop_default": _rt(P, W, I, W, result=W, raises=True),
    "pyuk_dict_setdefault": _rt(P, W, W, result=W, raises=True),
    "pyuk_dict_delitem": _rt(P, W, I, raises=True),
    "pyuk_dict_contains": _rt(P, W, I, result=BOOL, raises=True),
    "pyuk_dict_popitem": _rt(P, P, result=P, raises=True),
    "pyuk_dict_update": _rt(P, P, raises=True),
    "pyuk_dict_clear": _rt(P),
    "pyuk_dict_copy": _rt(P, result=P, raises=True),
    "pyuk_dict_or": _rt(P, P, result=P, raises=True),
    "pyuk_dict_keys_list": _rt(P, result=P, raises=True),
    "pyuk_dict_values_list": _rt(P, result=P, raises=True),
    "pyuk_dict_items_list": _rt(P, P, result=P, raises=True),
    "pyuk_dict_from_pairs": _rt(P, I, I, result=P, raises=True),
    "pyuk_dict_next": _rt(P, I, I, I, result=I, raises=True),
    "pyuk_dict_key_at": _rt(P, I, result=W),
    "pyuk_dict_value_at": _rt(P, I, result=W),
    "pyuk_dict_view_new": _rt(P, I, P, result=P, raises=True),
    # set
    "pyuk_set_new": _rt(I, result=P, raises=True),
    "pyuk_set_add": _rt(P, W, raises=True),
    "pyuk_set_contains": _rt(P, W, I, result=BOOL, raises=True),
    "pyuk_set_discard": _rt(P, W, I, raises=True),
    "pyuk_set_remove": _rt(P, W, I, raises=True),
    "pyuk_set_pop": _rt(P, result=W, raises=True),
    "pyuk_set_clear": _rt(P, raises=True),
    "pyuk_set_copy": _rt(P, result=P, raises=True),
    "pyuk_set_update": _rt(P, P, raises=True),
    "pyuk_set_update_list": _rt(P, P, raises=True),
    "pyuk_set_from_list": _rt(P, I, result=P, raises=True),
    "pyuk_set_or": _rt(P, P, result=P, raises=True),
    "pyuk_set_and": _rt(P, P, result=P, raises=True),
    "pyuk_set_sub": _rt(P, P, result=P, raises=True),
    "pyuk_set_xor": _rt(P, P, result=P, raises=True),
    "pyuk_set_iand": _rt(P, P, raises=True),
    "pyuk_set_isub": _rt(P, P, raises=True),
    "pyuk_set_ixor": _rt(P, P, raises=True),
    "pyuk_set_assign": _rt(P, P),
    "pyuk_set_issubset": _rt(P, P, result=BOOL, raises=True),
    "pyuk_set_isdisjoint": _rt(P, P, result=BOOL, raises=True),
    "pyuk_set_next": _rt(P, I, I, result=I, raises=True),
    "pyuk_set_key_at": _rt(P, I, result=W),
    "pyuk_set_to_list": _rt(P, result=P, raises=True),
    # generic operations on a word of a kind (object.h)
    "pyuk_word_repr": _rt(W, I, result=STR, raises=True),
    "pyuk_type_name_of": _rt(W, I, result=STR, raises=True),  # type(x).__name__
    "pyuk_word_str": _rt(W, I, result=STR, raises=True),
    "pyuk_word_eq": _rt(W, I, W, I, result=BOOL, raises=True),
    "pyuk_word_compare": _rt(W, I, W, I, I, result=BOOL, raises=True),
    "pyuk_word_hash": _rt(W, I, result=I, raises=True),
    "pyuk_word_truth": _rt(W, I, result=BOOL),
    "pyuk_out_word": _rt(I, W, I, raises=True),
    "pyuk_raise_key_error": _rt(W, I, raises=True),
    "pyuk_gc_stats_dict": _rt(result=P, raises=True),
    "pyuk_container_retype": _rt(P, I, I),
    "pyuk_word_is_family": _rt(W, I, I, result=BOOL),
    "pyuk_raise_unpack_error": _rt(I, I, raises=True),
    "pyuk_raise_value_error_cstr": _rt(STR, raises=True),
    "pyuk_raise_type_error_cstr": _rt(STR, raises=True),
    # itertools' combinatoric iterators (core/itertools.c)
    "pyuk_itertools_product": _rt(P, I, result=P, raises=True),
    "pyuk_itertools_permutations": _rt(I, I, BOOL, result=P, raises=True),
    "pyuk_itertools_combinations": _rt(I, I, BOOL, result=P, raises=True),
    "pyuk_itertools_next": _rt(P, result=BOOL),
    "pyuk_itertools_tuple": _rt(P, P, P, result=P, raises=True),
    "pyuk_range_length": _rt(I, I, I, result=I),
    # str and bytes pieces the containers use (str.h, bytes.h)
    "pyuk_str_char_at": _rt(STR, I, result=STR, raises=True),
    "pyuk_str_getitem": _rt(STR, I, result=STR, raises=True),
    "pyuk_str_slice": _rt(STR, I, I, I, I, result=STR, raises=True),
    "pyuk_str_contains": _rt(STR, STR, result=BOOL),
    "pyuk_str_compare": _rt(STR, STR, result=I),
    "pyuk_bytes_getitem": _rt(P, I, result=I, raises=True),
    "pyuk_bytearray_getitem": _rt(P, I, result=I, raises=True),
}
