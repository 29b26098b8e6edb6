/* plat_xenstore_*: the platform contract's xenstore, on the client of
 * xenstore.c (a domU's store ring; dom0 has none: -ENODEV). */
#include <pyuk/platform.h>
#include "xenstore.h"

int plat_xenstore_read(const char *path, char *buf, size_t size)
{
    int rc = xenstore_init();
    if (rc || !path)
        return rc;
    return xenstore_read(path, buf, size);
}

int plat_xenstore_write(const char *path, const char *value)
{
    int rc = xenstore_init();
    return rc ? rc : xenstore_write(path, value);
}
