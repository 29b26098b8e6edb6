/*
 * Trace functions for the runtime's own layouts, and the descriptors of the
 * two buffer types (storage the collector hands out via pyuk_alloc_buffer).
 * Container types defined elsewhere point their pyuk_type.trace here.
 */
#include "gc_internal.h"

const pyuk_type pyuk_type_buffer_raw = {
    .name = "buffer",
    .family = PYUK_T_BUFFER,
    .size = sizeof(pyuk_buffer),
    .trace = NULL,
};

const pyuk_type pyuk_type_buffer_refs = {
    .name = "buffer",
    .family = PYUK_T_BUFFER,
    .size = sizeof(pyuk_buffer),
    .trace = pyuk_trace_buffer_refs,
};

void pyuk_trace_buffer_refs(pyuk_object *obj, pyuk_visit_fn visit)
{
    pyuk_buffer *buf = (pyuk_buffer *)obj;
    for (pyuk_int i = 0; i < buf->capacity; i++)
        if (buf->data[i])
            visit((pyuk_object *)buf->data[i]);
}

void pyuk_trace_list(pyuk_object *obj, pyuk_visit_fn visit)
{
    pyuk_list *list = (pyuk_list *)obj;
    /* the buffer's own type says whether its words are references */
    if (list->items)
        visit(&pyuk_buffer_of_items(list->items)->ob);
}

void pyuk_trace_fixed(pyuk_object *obj, pyuk_visit_fn visit)
{
    const pyuk_type *type = obj->type;
    const uint64_t *map = type->ptrmap;
    if (!map || type->size <= sizeof(pyuk_object))
        return;
    size_t nslots = (type->size - sizeof(pyuk_object)) / sizeof(pyuk_word);
    pyuk_word *slots = (pyuk_word *)(obj + 1);
    for (size_t w = 0; w * 64 < nslots; w++) {
        for (uint64_t bits = map[w]; bits; bits &= bits - 1) {
            size_t i = w * 64 + (size_t)__builtin_ctzll(bits);
            if (i < nslots && slots[i])
                visit((pyuk_object *)slots[i]);
        }
    }
}

/* nitem_kinds == 1: every item has item_kinds[0]; 0: no references. */
void pyuk_trace_tuple(pyuk_object *obj, pyuk_visit_fn visit)
{
    pyuk_tuple *tuple = (pyuk_tuple *)obj;
    const pyuk_type *type = obj->type;
    const uint8_t *kinds = type->item_kinds;
    if (!kinds || type->nitem_kinds == 0)
        return;
    bool uniform = type->nitem_kinds == 1;
    if (uniform && kinds[0] != PYUK_KIND_OBJ)
        return;
    for (pyuk_int i = 0; i < tuple->length; i++) {
        if (!uniform && ((uint64_t)i >= type->nitem_kinds ||
                         kinds[i] != PYUK_KIND_OBJ))
            continue;
        if (tuple->items[i])
            visit((pyuk_object *)tuple->items[i]);
    }
}
