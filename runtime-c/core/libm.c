/*
 * The C library's pow(), for float ** float.  pyuk links Debian's musl libm
 * statically on every target.  Its pow is the algorithm glibc uses (which
 * CPython calls): results are the same, except where glibc runs its FMA
 * variant (docs/dialect.md has the measured rates).
 */
#include <pyuk/numfmt.h>
#include <pyuk/platform.h>

double pow(double x, double y);

PYUK_NEEDS_LIBC_TCB;  /* musl reads %fs:0x28 */

double pyuk_libm_pow(double x, double y)
{
    return pow(x, y);
}
