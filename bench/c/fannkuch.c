/* fannkuch.py in C (gcc -O2): the same sequential algorithm. */
#include <stdio.h>

#define N 10

int main(void)
{
    long n = N, perm1[32], perm[32], count[32];
    long max_flips = 0, checksum = 0, perm_count = 0, r = n;
    for (long i = 0; i < n; i++)
        perm1[i] = i;
    for (;;) {
        while (r != 1) {
            count[r - 1] = r;
            r--;
        }
        for (long i = 0; i < n; i++)
            perm[i] = perm1[i];
        long flips = 0, k = perm[0];
        while (k != 0) {
            for (long i = 0, j = k; i < j; i++, j--) {
                long t = perm[i];
                perm[i] = perm[j];
                perm[j] = t;
            }
            flips++;
            k = perm[0];
        }
        if (flips > max_flips)
            max_flips = flips;
        checksum += perm_count % 2 == 0 ? flips : -flips;
        for (;;) {
            if (r == n) {
                printf("%ld\nPfannkuchen(%ld) = %ld\n", checksum, n, max_flips);
                return 0;
            }
            long perm0 = perm1[0];
            for (long i = 0; i < r; i++)
                perm1[i] = perm1[i + 1];
            perm1[r] = perm0;
            if (--count[r] > 0)
                break;
            r++;
        }
        perm_count++;
    }
}
