/*
 * The C library's pow(), for float ** float.  pyuk links Debian's musl libm
 * statically on every target (its pow is the same correctly-rounded-in-
 * practice algorithm as glibc's, which CPython uses), so results match.
 */
#include <pyuk/numfmt.h>

double pow(double x, double y);

double pyuk_libm_pow(double x, double y)
{
    return pow(x, y);
}
