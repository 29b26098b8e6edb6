/*
 * Grant table (v1), the API for Xen drivers: lets another domain (a
 * backend) map or copy our pages.  The table's frames are mapped over
 * pages of our .bss (XENMEM_add_to_physmap, XENMAPSPACE_grant_table).
 */
#ifndef PYUK_XEN_GRANT_TABLE_H
#define PYUK_XEN_GRANT_TABLE_H

#include <stdbool.h>
#include <stdint.h>
#include "xen.h"
#include <xen/grant_table.h>

/* Maps the table; 0 or a negative Xen errno.  Idempotent. */
int xen_gnttab_init(void);
/* Number of grant references we can hand out. */
unsigned xen_gnttab_capacity(void);

/* Grants `domid` access to our frame `gfn`; returns the reference, or -1
 * when all are in use. */
long xen_gnttab_grant_access(domid_t domid, uint64_t gfn, bool readonly);
/* Revokes a grant; false (and the grant stays) while the other side still
 * has the page mapped. */
bool xen_gnttab_end_access(grant_ref_t ref);

#endif
