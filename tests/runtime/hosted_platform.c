/* A hosted stand-in for platform.h, for the containers and string runtime unit
 * tests (tests/runtime/hosted.py links it with their drivers). */
#define _GNU_SOURCE
#include <pyuk/platform.h>
#include <pyuk/runtime.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

void plat_heap_region(uintptr_t *base, size_t *size)
{
    size_t n = (size_t)1 << 31;
    void *p = mmap(NULL, n, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) {
        perror("mmap");
        exit(2);
    }
    *base = (uintptr_t)p;
    *size = n;
}

void plat_heap_release(uintptr_t addr, size_t len)
{
    madvise((void *)addr, len, MADV_DONTNEED);
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

void plat_exit(int status)
{
    exit(status);
}

uint64_t plat_clock_monotonic(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

uint64_t plat_clock_wall(void)
{
    return 0;
}

/* Deterministic "entropy": the tests set the SipHash key themselves. */
void plat_entropy(void *buf, size_t len)
{
    memset(buf, 0, len);
}

void plat_console_write(int stream, const char *buf, size_t len)
{
    fwrite(buf, 1, len, stream == PLAT_STDERR ? stderr : stdout);
}

pyuk_object *test_root_a;
pyuk_object **const pyuk_program_roots[] = { &test_root_a, NULL };
const char pyuk_program_file[] = "test";

/* ASan's fake stacks would hide locals from the conservative scan. */
__attribute__((used)) const char *__asan_default_options(void)
{
    return "detect_stack_use_after_return=0:detect_leaks=0";
}
