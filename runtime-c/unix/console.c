/* Console: the streams are fd 1 and fd 2 as given. */
#include <pyuk/platform.h>
#include "unix.h"

void plat_console_write(int stream, const char *buf, size_t len)
{
    while (len) {
        long n = SYSCALL(SYS_write, stream, buf, len, 0, 0, 0);
        if (n == -EINTR)
            continue;
        if (n <= 0)
            return;         /* closed pipe, full disk: nowhere to report */
        buf += n;
        len -= (size_t)n;
    }
}
