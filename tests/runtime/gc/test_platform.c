/*
 * A hosted stand-in for platform.h and for the runtime pieces the collector
 * calls (exceptions, program roots), so the collector's files can be tested
 * on the host with glibc, sanitizers and valgrind.
 */
#define _GNU_SOURCE
#include "test_platform.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

size_t test_heap_size = (size_t)1 << 30;
bool test_heap_dirty;
uint64_t test_released_bytes;
unsigned test_memory_errors;

static uintptr_t heap_start;

void plat_heap_region(uintptr_t *base, size_t *size)
{
    void *p = mmap(NULL, test_heap_size, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) {
        perror("mmap");
        exit(2);
    }
    /* kernels hand over RAM with whatever the boot left in it */
    if (test_heap_dirty)
        memset(p, 0xa5, test_heap_size);
    heap_start = (uintptr_t)p;
    /* an unaligned start, as a kernel image end would give */
    *base = (uintptr_t)p + 4096 + 48;
    *size = test_heap_size - 4096 - 48;
}

void plat_heap_release(uintptr_t addr, size_t len)
{
    if (madvise((void *)addr, len, MADV_DONTNEED) != 0) {
        perror("madvise");
        exit(2);
    }
    test_released_bytes += len;
}

extern void *__libc_stack_end;

void plat_stack_bounds(uintptr_t *lo, uintptr_t *hi)
{
    *hi = (uintptr_t)__libc_stack_end;
    *lo = *hi - ((uintptr_t)64 << 20);
}

void plat_panic(const char *msg)
{
    fprintf(stderr, "pyuk: fatal: %s\n", msg);
    exit(1);
}

uint64_t plat_clock_monotonic(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* ---- runtime pieces owned by others ---- */

pyuk_object *pyuk_current_exception;
pyuk_object *pyuk_handled_exception; /* a root too, once exceptions has it */

static pyuk_object memory_error_stand_in;

void pyuk_raise_memory_error(void)
{
    test_memory_errors++;
    pyuk_current_exception = &memory_error_stand_in;
}

pyuk_object *test_global_a, *test_global_b;
pyuk_object **const pyuk_program_roots[] = {&test_global_a, &test_global_b,
                                            NULL};
