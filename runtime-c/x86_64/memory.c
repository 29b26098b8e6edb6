/* Where the program's heap and stack are. */
#include <pyuk/platform.h>
#include "x86_64.h"

/* Only the first 4 GiB are mapped (pvh_entry.S). */
#define MAPPED_END 0x100000000ull

void plat_heap_region(uintptr_t *base, size_t *size)
{
    uint64_t best_base = 0, best_size = 0;
    for (uint32_t i = 0; i < x86_boot.nram; i++) {
        uint64_t b = x86_boot.ram[i].base, e = x86_boot.ram[i].end;
        if (b < x86_boot_alloc_end)
            b = x86_boot_alloc_end;
        if (e > MAPPED_END)
            e = MAPPED_END;
        b = (b + PAGE_SIZE - 1) & ~(uint64_t)(PAGE_SIZE - 1);
        e &= ~(uint64_t)(PAGE_SIZE - 1);
        if (e > b && e - b > best_size) {
            best_base = b;
            best_size = e - b;
        }
    }
    if (!best_size)
        plat_panic("no free RAM after the image");
    *base = (uintptr_t)best_base;
    *size = (size_t)best_size;
}

void plat_stack_bounds(uintptr_t *lo, uintptr_t *hi)
{
    *lo = (uintptr_t)__stack_lo;
    *hi = (uintptr_t)__stack_hi;
}
