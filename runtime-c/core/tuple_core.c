/* The core of tuple: creation and the all-references tuple type. */
#include <pyuk/gc.h>
#include <pyuk/tuple.h>

static const uint8_t all_objects[1] = { PYUK_KIND_OBJ };

const pyuk_type pyuk_type_tuple_objects = {
    .name = "tuple",
    .family = PYUK_T_TUPLE,
    .size = sizeof(pyuk_tuple),
    .nitem_kinds = 1,
    .item_kinds = all_objects,
    .trace = pyuk_trace_tuple,
};

pyuk_tuple *pyuk_tuple_new(const pyuk_type *type, pyuk_int length)
{
    pyuk_tuple *t = (pyuk_tuple *)pyuk_alloc(
        type, sizeof(pyuk_tuple) + (size_t)length * sizeof(pyuk_word));
    if (t)
        t->length = length;
    return t;
}
