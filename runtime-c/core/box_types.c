/*
 * Boxed int, float and bool: how a number is held where a reference is
 * needed (object, Optional[int], unions).  Leaf objects: no references.
 */
#include <pyuk/runtime.h>

const pyuk_type pyuk_type_int = {
    .name = "int", .family = PYUK_T_INT, .size = sizeof(pyuk_box_int),
};

const pyuk_type pyuk_type_float = {
    .name = "float", .family = PYUK_T_FLOAT, .size = sizeof(pyuk_box_float),
};

const pyuk_type pyuk_type_bool = {
    .name = "bool", .family = PYUK_T_BOOL, .size = sizeof(pyuk_box_bool),
    .base = &pyuk_type_int,
};

/* True and False are the only bool objects, as in CPython. */
const pyuk_box_bool pyuk_true = { { &pyuk_type_bool }, 1 };
const pyuk_box_bool pyuk_false = { { &pyuk_type_bool }, 0 };

pyuk_object *pyuk_int_to_object(pyuk_int value)
{
    pyuk_box_int *box = (pyuk_box_int *)pyuk_alloc(&pyuk_type_int, sizeof *box);
    if (box)
        box->value = value;
    return &box->ob;
}

pyuk_object *pyuk_float_to_object(pyuk_float value)
{
    pyuk_box_float *box = (pyuk_box_float *)pyuk_alloc(&pyuk_type_float, sizeof *box);
    if (box)
        box->value = value;
    return &box->ob;
}

pyuk_object *pyuk_bool_to_object(bool value)
{
    return (pyuk_object *)(value ? &pyuk_true.ob : &pyuk_false.ob);
}

pyuk_float pyuk_number_to_float(pyuk_object *number)
{
    if (number->type->family == PYUK_T_FLOAT)
        return ((pyuk_box_float *)number)->value;
    return (pyuk_float)((pyuk_box_int *)number)->value;  /* int, bool, IntEnum */
}
