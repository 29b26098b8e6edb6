/* The C half of the boot: the order in which the pieces come up. */
#include <pyuk/platform.h>
#include "x86_64.h"

__attribute__((noreturn, used)) void x86_start(uint32_t start_info_paddr);

/* For --boot-trace (boot_trace.c): a few stores, kept in every kernel. */
uint64_t x86_boot_marks[X86_BOOT_MARKS];

void x86_start(uint32_t start_info_paddr)
{
    /* Loaders put start_info and the memory map just after the image on
     * Xen: copy what we need before boot_alloc_page() reuses that memory. */
    boot_info_read(start_info_paddr);
    if (&pyuk_libc_tcb)
        wrmsr(MSR_FS_BASE, (uint64_t)(uintptr_t)&pyuk_libc_tcb);
    x86_boot_marks[0] = rdtsc();
    traps_init();
    x86_boot_marks[1] = rdtsc();
    paging_init();
    x86_boot_marks[2] = rdtsc();
    x86_platform_init();
    x86_boot_marks[3] = rdtsc();
    plat_exit(pyuk_main());
}
