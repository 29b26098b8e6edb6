/*
 * Reads hvm_start_info (version 1: with a memory map) into x86_boot, and
 * hands out the page-table pages that boot needs, from the RAM just after
 * the image.
 */
#include <pyuk/platform.h>
#include <xen/arch-x86/hvm/start_info.h>
#include "x86_64.h"

struct x86_boot_info x86_boot;
uintptr_t x86_boot_alloc_end;

void boot_add_ram(uint64_t base, uint64_t size)
{
    if (x86_boot.nram < X86_MAX_RAM_RANGES)
        x86_boot.ram[x86_boot.nram++] = (struct x86_ram_range){base, base + size};
}

void boot_info_read(uint32_t paddr)
{
    const struct hvm_start_info *si = (const void *)(uintptr_t)paddr;
    if (si->magic != XEN_HVM_START_MAGIC_VALUE)
        plat_panic("bad hvm_start_info magic");
    x86_boot.flags = si->flags;
    if (si->version >= 1 && si->memmap_entries) {
        const struct hvm_memmap_table_entry *e =
            (const void *)(uintptr_t)si->memmap_paddr;
        for (uint32_t i = 0; i < si->memmap_entries; i++)
            if (e[i].type == XEN_HVM_MEMMAP_TYPE_RAM)
                boot_add_ram(e[i].addr, e[i].size);
    }
    /* No map (Xen's PVH dom0 gives version 0): the platform asks for one. */
    x86_boot_alloc_end = ((uintptr_t)__image_end + PAGE_SIZE - 1) & ~(uintptr_t)(PAGE_SIZE - 1);
}

void *boot_alloc_page(void)
{
    uint64_t *p = (uint64_t *)x86_boot_alloc_end;
    x86_boot_alloc_end += PAGE_SIZE;
    for (unsigned i = 0; i < PAGE_SIZE / 8; i++)
        p[i] = 0;
    return p;
}
