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
