/* Maps the shared-info page (event bits, pvclock, wall clock) over a page
 * of our .bss. */
#include <pyuk/platform.h>
#include "xen.h"

static uint8_t shared_page[PAGE_SIZE] __attribute__((aligned(PAGE_SIZE)));
struct shared_info *xen_shared;

void xen_shared_info_init(void)
{
    struct xen_add_to_physmap map = {
        .domid = DOMID_SELF,
        .space = XENMAPSPACE_shared_info,
        .idx = 0,
        .gpfn = (uintptr_t)shared_page / PAGE_SIZE,
    };
    if (HYPERCALL2(__HYPERVISOR_memory_op, XENMEM_add_to_physmap, &map))
        plat_panic("cannot map the Xen shared info page");
    xen_shared = (struct shared_info *)shared_page;
}
