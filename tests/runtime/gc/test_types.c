/* Type descriptors the tests allocate, built on the collector's tracers. */
#include "test_support.h"

static const uint64_t node_ptrmap[1] = {0x3};

const pyuk_type node_type = {
    .name = "node",
    .family = PYUK_T_INSTANCE,
    .size = sizeof(node),
    .trace = pyuk_trace_fixed,
    .ptrmap = node_ptrmap,
};

const pyuk_type leaf_type = {
    .name = "leaf",
    .family = PYUK_T_STR,
    .size = sizeof(leaf),
};

const pyuk_type list_type = {
    .name = "list",
    .family = PYUK_T_LIST,
    .size = sizeof(pyuk_list),
    .trace = pyuk_trace_list,
};

/* ASan's fake stacks would hide locals from the conservative scan. */
__attribute__((used)) const char *__asan_default_options(void)
{
    return "detect_stack_use_after_return=0:detect_leaks=0";
}
