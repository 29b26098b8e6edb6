/* No xenstore outside Xen: pyuk.xen raises OSError(ENODEV). */
#include <pyuk/platform.h>

#define ENODEV 19

int plat_xenstore_read(const char *path, char *buf, size_t size)
{
    (void)path;
    (void)buf;
    (void)size;
    return -ENODEV;
}

int plat_xenstore_write(const char *path, const char *value)
{
    (void)path;
    (void)value;
    return -ENODEV;
}
