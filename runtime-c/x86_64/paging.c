/*
 * Final page tables.  pvh_entry.S maps the first 4 GiB with 2 MiB pages,
 * all writable and executable.  Here the 2 MiB pages that hold the image
 * are split into 4 KiB pages so that text is read-only, everything else is
 * not executable (EFER.NXE), page 0 (NULL) and the page below the stack
 * are unmapped.  Outside the image every page is not executable.
 */
#include "x86_64.h"

#define PTE_P   (1ull << 0)
#define PTE_W   (1ull << 1)
#define PTE_PS  (1ull << 7)
#define PTE_NX  (1ull << 63)
#define LARGE   0x200000ull

extern uint64_t boot_pd[2048];   /* pvh_entry.S: 4 directories, 4 GiB */
static uint64_t nx;

static uint64_t page_flags(uintptr_t p)
{
    if (p == 0)
        return 0;                           /* NULL dereferences fault */
    if (p >= (uintptr_t)__stack_guard && p < (uintptr_t)__stack_lo)
        return 0;                           /* stack overflow faults */
    if (p >= (uintptr_t)__image_start && p < (uintptr_t)__text_end)
        return PTE_P;                       /* text: read + execute */
    if (p >= (uintptr_t)__text_end && p < (uintptr_t)__rodata_end)
        return PTE_P | nx;                  /* rodata */
    return PTE_P | PTE_W | nx;              /* data, bss, low memory */
}

static inline void flush_tlb(void)
{
    uint64_t cr3;
    __asm__ volatile("mov %%cr3, %0; mov %0, %%cr3" : "=r"(cr3) :: "memory");
}

void paging_init(void)
{
    nx = x86_cpu_nx ? PTE_NX : 0;           /* pvh_entry.S set EFER.NXE */

    /* Everything up to the guard page gets 4 KiB pages; the stack above
     * it stays on 2 MiB pages, however large the template made it. */
    unsigned nsplit = ((uintptr_t)__stack_lo - 1) / LARGE + 1;
    for (unsigned i = 0; i < 2048; i++) {
        if (i < nsplit) {
            uint64_t *pt = boot_alloc_page();
            for (unsigned j = 0; j < 512; j++) {
                uintptr_t p = i * LARGE + j * PAGE_SIZE;
                uint64_t f = page_flags(p);
                pt[j] = f ? p | f : 0;
            }
            boot_pd[i] = (uintptr_t)pt | PTE_P | PTE_W;
        } else {
            boot_pd[i] |= nx;
        }
    }
    flush_tlb();
}

void paging_set_exec(void *page)
{
    uintptr_t p = (uintptr_t)page;
    uint64_t *pt = (uint64_t *)(uintptr_t)(boot_pd[p / LARGE] & 0xffffff000ull);
    pt[(p % LARGE) / PAGE_SIZE] = p | PTE_P;
    __asm__ volatile("invlpg (%0)" :: "r"(p) : "memory");
}
