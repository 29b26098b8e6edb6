/*
 * Descriptors of function values and cells (see pyuk/function.h).  Nested
 * functions get their own descriptors from the compiler; these are the
 * shared ones.
 */
#include <pyuk/function.h>
#include <pyuk/gc.h>

/* Static closures of functions that capture nothing: no slots. */
const pyuk_type pyuk_type_function = {
    .name = "function",
    .family = PYUK_T_FUNCTION,
    .size = sizeof(pyuk_closure),
};

static const uint64_t cell_ref_map[1] = { 1 };

const pyuk_type pyuk_type_cell_raw = {
    .name = "cell",
    .family = PYUK_T_BUFFER,
    .size = sizeof(pyuk_cell),
};

const pyuk_type pyuk_type_cell_ref = {
    .name = "cell",
    .family = PYUK_T_BUFFER,
    .size = sizeof(pyuk_cell),
    .trace = pyuk_trace_fixed,
    .ptrmap = cell_ref_map,
};
