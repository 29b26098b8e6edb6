/* The C half of the boot: the order in which the pieces come up. */
#include <pyuk/platform.h>
#include "x86_64.h"

__attribute__((noreturn, used)) void x86_start(uint32_t start_info_paddr);

void x86_start(uint32_t start_info_paddr)
{
    /* Loaders put start_info and the memory map just after the image on
     * Xen: copy what we need before boot_alloc_page() reuses that memory. */
    boot_info_read(start_info_paddr);
    traps_init();
    paging_init();
    x86_platform_init();
    plat_exit(pyuk_main());
}
