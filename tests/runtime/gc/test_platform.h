/* Knobs of the hosted test platform (test_platform.c). */
#ifndef GC_TEST_PLATFORM_H
#define GC_TEST_PLATFORM_H

#include <pyuk/gc.h>
#include <pyuk/platform.h>

extern size_t test_heap_size;  /* region size, set before the first alloc */
extern bool test_heap_dirty;   /* fill the region with junk, like a kernel */
extern uint64_t test_released_bytes;
extern unsigned test_memory_errors;

/* the two slots of pyuk_program_roots */
extern pyuk_object *test_global_a, *test_global_b;

#endif
