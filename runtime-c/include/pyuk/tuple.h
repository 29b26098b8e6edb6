/* tuple objects (layout in runtime.h): the item kinds come from the type. */
#ifndef PYUK_TUPLE_H
#define PYUK_TUPLE_H

#include <pyuk/runtime.h>

/* tuple[object, ...]: every item a reference (exception args...). */
extern const pyuk_type pyuk_type_tuple_objects;

/* A zeroed tuple of `length` items; NULL (MemoryError raised) if full. */
pyuk_tuple *pyuk_tuple_new(const pyuk_type *type, pyuk_int length);

/* The kind of item i of a tuple of this type. */
static inline pyuk_kind pyuk_tuple_item_kind(const pyuk_type *type, pyuk_int i)
{
    if (type->nitem_kinds == 0)
        return PYUK_KIND_OBJ;
    return (pyuk_kind)type->item_kinds[type->nitem_kinds == 1 ? 0 : i];
}

#endif
