/*
 * The random module: CPython's generator, step for step, so that a seeded
 * program draws the same numbers as under CPython.  MT19937 (Matsumoto and
 * Nishimura's published algorithm: init_genrand, init_by_array, the
 * tempered output), seeded from an int as CPython does (the 32-bit words
 * of |seed|, least significant first), and CPython's derivations of
 * random(), getrandbits(), randrange() (rejection sampling on
 * bit_length(n) bits), choice() and shuffle().  Unseeded, the key comes
 * from plat_entropy() on first use.
 */
#include <pyuk/containers.h>
#include <pyuk/exceptions.h>
#include <pyuk/platform.h>

#define N 624
#define M 397

static uint32_t mt[N];
static int mti = N + 1;         /* N + 1: never seeded */

static void init_genrand(uint32_t s)
{
    mt[0] = s;
    for (mti = 1; mti < N; mti++)
        mt[mti] = 1812433253u * (mt[mti - 1] ^ (mt[mti - 1] >> 30)) + (uint32_t)mti;
}

static void init_by_array(const uint32_t *key, int length)
{
    init_genrand(19650218u);
    int i = 1, j = 0;
    for (int k = N > length ? N : length; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= N) {
            mt[0] = mt[N - 1];
            i = 1;
        }
        if (j >= length)
            j = 0;
    }
    for (int k = N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        i++;
        if (i >= N) {
            mt[0] = mt[N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000u;
    mti = N;
}

static void seed_from_entropy(void)
{
    uint32_t key[8];
    plat_entropy(key, sizeof key);
    init_by_array(key, 8);
}

static uint32_t genrand(void)
{
    static const uint32_t mag01[2] = {0, 0x9908b0dfu};
    if (mti >= N) {
        if (mti == N + 1)
            seed_from_entropy();
        int kk;
        uint32_t y;
        for (kk = 0; kk < N - M; kk++) {
            y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
            mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01[y & 1];
        }
        for (; kk < N - 1; kk++) {
            y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
            mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ mag01[y & 1];
        }
        y = (mt[N - 1] & 0x80000000u) | (mt[0] & 0x7fffffffu);
        mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01[y & 1];
        mti = 0;
    }
    uint32_t y = mt[mti++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

/* random.seed(a) for an int a; random.seed() and seed(None) re-seed from entropy */
void pyuk_random_seed(pyuk_int a, bool has_seed)
{
    if (!has_seed) {
        seed_from_entropy();
        return;
    }
    uint64_t n = a < 0 ? -(uint64_t)a : (uint64_t)a;
    uint32_t key[2] = {(uint32_t)n, (uint32_t)(n >> 32)};
    init_by_array(key, key[1] ? 2 : 1);
}

pyuk_float pyuk_random_random(void)
{
    uint32_t a = genrand() >> 5, b = genrand() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

static uint64_t bits(int k)     /* 0 <= k <= 64 */
{
    if (k <= 32)
        return k ? genrand() >> (32 - k) : 0;
    uint64_t low = genrand();
    uint64_t high = genrand() >> (64 - k);
    return low | high << 32;
}

pyuk_int pyuk_random_getrandbits(pyuk_int k)
{
    if (k < 0) {
        pyuk_raise_message(&pyuk_type_ValueError, "number of bits must be non-negative");
        return 0;
    }
    if (k > 63) {
        pyuk_raise_overflow();
        return 0;
    }
    return (pyuk_int)bits((int)k);
}

/* _randbelow(n), n > 0: rejection sampling on n.bit_length() bits */
static pyuk_int below(pyuk_int n)
{
    int k = 64 - __builtin_clzll((uint64_t)n);
    uint64_t r = bits(k);
    while (r >= (uint64_t)n)
        r = bits(k);
    return (pyuk_int)r;
}

static pyuk_int empty_range(const char *message)
{
    pyuk_raise_message(&pyuk_type_ValueError, message);
    return 0;
}

static char *put_int(char *p, pyuk_int value)
{
    char digits[24];
    int n = 0;
    uint64_t m = value < 0 ? -(uint64_t)value : (uint64_t)value;
    do {
        digits[n++] = (char)('0' + m % 10);
        m /= 10;
    } while (m);
    if (value < 0)
        *p++ = '-';
    while (n)
        *p++ = digits[--n];
    return p;
}

/* CPython's "empty range for randrange() (start, stop, width)" */
static pyuk_int empty_unit_range(pyuk_int start, pyuk_int stop, pyuk_int width)
{
    char text[128] = "empty range for randrange() (";
    char *p = text + 29;
    p = put_int(p, start);
    *p++ = ',';
    *p++ = ' ';
    p = put_int(p, stop);
    *p++ = ',';
    *p++ = ' ';
    p = put_int(p, width);
    *p++ = ')';
    *p = 0;
    return empty_range(text);
}

static __int128 floor_div(__int128 a, __int128 b)
{
    __int128 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

/* randrange(start, stop, step); has_stop false for randrange(stop) */
pyuk_int pyuk_random_randrange(pyuk_int start, pyuk_int stop, pyuk_int step, bool has_stop)
{
    if (!has_stop) {
        if (start > 0)
            return below(start);
        return empty_range("empty range for randrange()");
    }
    __int128 width = (__int128)stop - start;
    if (step == 1) {
        if (width > INT64_MAX) {
            pyuk_raise_overflow();
            return 0;
        }
        if (width > 0)
            return start + below((pyuk_int)width);
        return empty_unit_range(start, stop, (pyuk_int)width);
    }
    if (step == 0)
        return empty_range("zero step for randrange()");
    __int128 n = step > 0 ? floor_div(width + step - 1, step) : floor_div(width + step + 1, step);
    if (n <= 0)
        return empty_range("empty range for randrange()");
    if (n > INT64_MAX) {
        pyuk_raise_overflow();
        return 0;
    }
    return (pyuk_int)(start + (__int128)step * below((pyuk_int)n));
}

/* the index choice() takes in a sequence of length n */
pyuk_int pyuk_random_choice_index(pyuk_int n)
{
    if (n <= 0) {
        pyuk_raise_message(&pyuk_type_IndexError, "Cannot choose from an empty sequence");
        return 0;
    }
    return below(n);
}

void pyuk_random_shuffle(pyuk_list *l)
{
    for (pyuk_int i = l->length - 1; i > 0; i--) {
        pyuk_int j = below(i + 1);
        pyuk_word t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
}

/* randint(a, b): randrange(a, b + 1) */
pyuk_int pyuk_random_randint(pyuk_int a, pyuk_int b)
{
    if (b < INT64_MAX)
        return pyuk_random_randrange(a, b + 1, 1, true);
    __int128 width = (__int128)b - a + 1;
    if (width > INT64_MAX) {
        pyuk_raise_overflow();
        return 0;
    }
    return a + below((pyuk_int)width);
}
