/* The RAM map from Xen (XENMEM_memory_map), for when hvm_start_info has
 * none: Xen 4.17 gives a PVH dom0 a version-0 start_info. */
#include <pyuk/platform.h>
#include "xen.h"

struct e820_entry {
    uint64_t addr, size;
    uint32_t type;
} __attribute__((packed));
#define E820_RAM 1

void xen_memory_map_read(void)
{
    struct e820_entry map[X86_MAX_RAM_RANGES * 2];
    struct xen_memory_map m = {.nr_entries = sizeof map / sizeof map[0]};
    set_xen_guest_handle(m.buffer, map);
    if (HYPERCALL2(__HYPERVISOR_memory_op, XENMEM_memory_map, &m))
        plat_panic("no memory map from Xen");
    for (unsigned i = 0; i < m.nr_entries; i++)
        if (map[i].type == E820_RAM)
            boot_add_ram(map[i].addr, map[i].size);
}
