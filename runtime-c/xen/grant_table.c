/* Grant table v1: entries in frames mapped over our .bss, free references
 * kept in a linked list. */
#include <pyuk/platform.h>
#include "grant_table.h"

#define FRAMES 4
#define PER_FRAME (PAGE_SIZE / sizeof(grant_entry_v1_t))
#define NREFS (FRAMES * PER_FRAME)
#define RESERVED 8          /* GNTTAB_NR_RESERVED_ENTRIES: the toolstack's */

static grant_entry_v1_t table[NREFS] __attribute__((aligned(PAGE_SIZE)));
static uint16_t next_free[NREFS];
static unsigned free_head, nframes, nfree;

int xen_gnttab_init(void)
{
    if (nframes)
        return 0;
    struct gnttab_query_size q = {.dom = DOMID_SELF};
    long rc = HYPERCALL3(__HYPERVISOR_grant_table_op, GNTTABOP_query_size, &q, 1);
    if (rc || q.status)
        return rc ? (int)rc : q.status;
    unsigned want = q.max_nr_frames < FRAMES ? q.max_nr_frames : FRAMES;
    for (unsigned i = 0; i < want; i++) {
        struct xen_add_to_physmap map = {
            .domid = DOMID_SELF, .space = XENMAPSPACE_grant_table, .idx = i,
            .gpfn = ((uintptr_t)table + i * PAGE_SIZE) / PAGE_SIZE,
        };
        rc = HYPERCALL2(__HYPERVISOR_memory_op, XENMEM_add_to_physmap, &map);
        if (rc)
            return (int)rc;
    }
    nframes = want;
    /* Chain RESERVED..end; 0 ends the list (reference 0 is reserved). */
    unsigned n = nframes * PER_FRAME;
    for (unsigned r = RESERVED; r < n; r++)
        next_free[r] = (uint16_t)(r + 1 < n ? r + 1 : 0);
    free_head = RESERVED;
    nfree = n - RESERVED;
    return 0;
}

unsigned xen_gnttab_capacity(void)
{
    return nframes ? nframes * PER_FRAME - RESERVED : 0;
}

long xen_gnttab_grant_access(domid_t domid, uint64_t gfn, bool readonly)
{
    if (!nfree)
        return -1;
    grant_ref_t ref = free_head;
    free_head = next_free[ref];
    nfree--;
    table[ref].frame = (uint32_t)gfn;
    table[ref].domid = domid;
    /* The other side may use the entry as soon as flags say so. */
    __atomic_store_n(&table[ref].flags,
                     (uint16_t)(GTF_permit_access | (readonly ? GTF_readonly : 0)),
                     __ATOMIC_RELEASE);
    return ref;
}

bool xen_gnttab_end_access(grant_ref_t ref)
{
    uint16_t flags = __atomic_load_n(&table[ref].flags, __ATOMIC_ACQUIRE);
    do {
        if (flags & (GTF_reading | GTF_writing))
            return false;
    } while (!__atomic_compare_exchange_n(&table[ref].flags, &flags, 0, false,
                                          __ATOMIC_SEQ_CST, __ATOMIC_ACQUIRE));
    next_free[ref] = (uint16_t)free_head;
    free_head = ref;
    nfree++;
    return true;
}
