/* spectralnorm.py in C (gcc -O2). */
#include <math.h>
#include <stdio.h>

#define N 1100

static double eval_a(long i, long j)
{
    return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
}

static void mul_av(const double *v, double *out, long n)
{
    for (long i = 0; i < n; i++) {
        double s = 0.0;
        for (long j = 0; j < n; j++)
            s += eval_a(i, j) * v[j];
        out[i] = s;
    }
}

static void mul_atv(const double *v, double *out, long n)
{
    for (long i = 0; i < n; i++) {
        double s = 0.0;
        for (long j = 0; j < n; j++)
            s += eval_a(j, i) * v[j];
        out[i] = s;
    }
}

static void mul_atav(const double *v, double *out, double *tmp, long n)
{
    mul_av(v, tmp, n);
    mul_atv(tmp, out, n);
}

int main(void)
{
    static double u[N], v[N], tmp[N];
    long n = N;
    for (long i = 0; i < n; i++)
        u[i] = 1.0;
    for (int k = 0; k < 10; k++) {
        mul_atav(u, v, tmp, n);
        mul_atav(v, u, tmp, n);
    }
    double vbv = 0.0, vv = 0.0;
    for (long i = 0; i < n; i++) {
        vbv += u[i] * v[i];
        vv += v[i] * v[i];
    }
    printf("%.9f\n", pow(vbv / vv, 0.5));
    return 0;
}
