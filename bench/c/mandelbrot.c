/* mandelbrot.py in C (gcc -O2): the same arithmetic in the same order. */
#include <stdio.h>

#define SIZE 900
#define MAX_ITER 50

static long escape(double cr, double ci, long limit)
{
    double zr = 0.0, zi = 0.0;
    for (long i = 0; i < limit; i++) {
        double tr = zr * zr, ti = zi * zi;
        if (tr + ti > 4.0)
            return i;
        zi = 2.0 * zr * zi + ci;
        zr = tr - ti + cr;
    }
    return limit;
}

int main(void)
{
    long size = SIZE, total = 0, inside = 0, checksum = 0;
    for (long y = 0; y < size; y++) {
        double ci = 2.0 * y / size - 1.0;
        for (long x = 0; x < size; x++) {
            double cr = 2.0 * x / size - 1.5;
            long n = escape(cr, ci, MAX_ITER);
            total += n;
            if (n == MAX_ITER)
                inside++;
            checksum = (checksum * 31 + n) % 1000000007;
        }
    }
    printf("%ld %d %ld %ld %ld\n", size, MAX_ITER, total, inside, checksum);
    return 0;
}
