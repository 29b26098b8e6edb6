/*
 * itertools' combinatoric iterators: product, permutations, combinations
 * and combinations_with_replacement, in CPython's order (each documented
 * by its lexicographic order over the positions of the pool).
 *
 * The compiled loop copies the pools into lists first (as CPython copies
 * them into tuples) and keeps the iterator's state in a list of ints:
 *
 *   [0] kind  [1] pools m  [2] pool size n  [3] r  [4] started  [5] done
 *   [6...]    indices (r of them; n for permutations)
 *   then      product: the size of each position's pool (r);
 *             permutations: the cycles (r)
 *
 * pyuk_itertools_next() moves to the next tuple of indices (the first one
 * on its first call) and says whether there is one;
 * pyuk_itertools_tuple() builds the tuple they select.
 */
#include <pyuk/containers.h>
#include <pyuk/exceptions.h>
#include <pyuk/tuple.h>

enum { PRODUCT = 0, PERMUTATIONS = 1, COMBINATIONS = 2, WITH_REPLACEMENT = 3 };
enum { S_KIND, S_M, S_N, S_R, S_STARTED, S_DONE, S_INDEX };

static pyuk_list *new_state(pyuk_int kind, pyuk_int m, pyuk_int n, pyuk_int r, pyuk_int extra)
{
    pyuk_list *s = pyuk_list_new(PYUK_KIND_INT, S_INDEX + extra);
    if (!s)
        return NULL;
    for (pyuk_int i = 0; i < S_INDEX + extra; i++)
        s->items[i] = 0;
    s->items[S_KIND] = kind;
    s->items[S_M] = m;
    s->items[S_N] = n;
    s->items[S_R] = r;
    return s;
}

/* product(*pools, repeat=repeat): pools is a list of lists */
pyuk_list *pyuk_itertools_product(pyuk_list *pools, pyuk_int repeat)
{
    if (repeat < 0) {
        pyuk_raise_message(&pyuk_type_ValueError, "repeat argument cannot be negative");
        return NULL;
    }
    pyuk_int m = pools->length, r;
    if (__builtin_mul_overflow(m, repeat, &r) || r > ((pyuk_int)1 << 40)) {
        pyuk_raise_overflow();
        return NULL;
    }
    pyuk_list *s = new_state(PRODUCT, m, 0, r, 2 * r);
    if (!s)
        return NULL;
    for (pyuk_int i = 0; i < r; i++)
        s->items[S_INDEX + r + i] = ((pyuk_list *)pools->items[i % m])->length;
    return s;
}

static bool valid_r(pyuk_int r)
{
    if (r < 0) {
        pyuk_raise_message(&pyuk_type_ValueError, "r must be non-negative");
        return false;
    }
    return true;
}

/* permutations(pool, r); r < 0 stands for None (the whole pool) */
pyuk_list *pyuk_itertools_permutations(pyuk_int n, pyuk_int r, bool r_given)
{
    if (!r_given)
        r = n;
    else if (!valid_r(r))
        return NULL;
    pyuk_int extra = n + (r <= n ? r : 0);
    pyuk_list *s = new_state(PERMUTATIONS, 1, n, r, extra);
    if (!s)
        return NULL;
    if (r > n) {
        s->items[S_DONE] = 1;
        return s;
    }
    for (pyuk_int i = 0; i < n; i++)
        s->items[S_INDEX + i] = i;
    for (pyuk_int i = 0; i < r; i++)
        s->items[S_INDEX + n + i] = n - i;
    return s;
}

/* combinations(pool, r) and combinations_with_replacement(pool, r) */
pyuk_list *pyuk_itertools_combinations(pyuk_int n, pyuk_int r, bool replacement)
{
    if (!valid_r(r))
        return NULL;
    pyuk_list *s = new_state(replacement ? WITH_REPLACEMENT : COMBINATIONS, 1, n, r, r);
    if (!s)
        return NULL;
    if (replacement ? (n == 0 && r > 0) : r > n) {
        s->items[S_DONE] = 1;
        return s;
    }
    for (pyuk_int i = 0; i < r; i++)
        s->items[S_INDEX + i] = replacement ? 0 : i;
    return s;
}

static bool advance_product(pyuk_int *idx, pyuk_int r)
{
    for (pyuk_int i = r - 1; i >= 0; i--) {
        if (++idx[i] < idx[r + i])
            return true;
        idx[i] = 0;
    }
    return false;
}

static bool advance_permutations(pyuk_int *idx, pyuk_int n, pyuk_int r)
{
    pyuk_int *cycles = idx + n;
    for (pyuk_int i = r - 1; i >= 0; i--) {
        if (--cycles[i] == 0) {
            /* the index at i goes to the end, the others move down */
            pyuk_int moved = idx[i];
            for (pyuk_int k = i; k < n - 1; k++)
                idx[k] = idx[k + 1];
            idx[n - 1] = moved;
            cycles[i] = n - i;
        } else {
            pyuk_int j = n - cycles[i], t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
            return true;
        }
    }
    return false;
}

static bool advance_combinations(pyuk_int *idx, pyuk_int n, pyuk_int r)
{
    pyuk_int i = r - 1;
    while (i >= 0 && idx[i] == i + n - r)
        i--;
    if (i < 0)
        return false;
    idx[i]++;
    for (pyuk_int j = i + 1; j < r; j++)
        idx[j] = idx[j - 1] + 1;
    return true;
}

static bool advance_with_replacement(pyuk_int *idx, pyuk_int n, pyuk_int r)
{
    pyuk_int i = r - 1;
    while (i >= 0 && idx[i] == n - 1)
        i--;
    if (i < 0)
        return false;
    pyuk_int v = idx[i] + 1;
    for (pyuk_int j = i; j < r; j++)
        idx[j] = v;
    return true;
}

bool pyuk_itertools_next(pyuk_list *s)
{
    pyuk_int *w = (pyuk_int *)s->items;
    if (w[S_DONE])
        return false;
    pyuk_int n = w[S_N], r = w[S_R], *idx = w + S_INDEX;
    if (!w[S_STARTED]) {
        w[S_STARTED] = 1;
        if (w[S_KIND] == PRODUCT) {
            for (pyuk_int i = 0; i < r; i++) {
                if (idx[r + i] == 0) {  /* an empty pool: no tuple at all */
                    w[S_DONE] = 1;
                    return false;
                }
            }
        }
        return true;
    }
    bool more;
    switch (w[S_KIND]) {
    case PRODUCT:
        more = advance_product(idx, r);
        break;
    case PERMUTATIONS:
        more = n > 0 && advance_permutations(idx, n, r);
        break;
    case COMBINATIONS:
        more = advance_combinations(idx, n, r);
        break;
    default:
        more = advance_with_replacement(idx, n, r);
        break;
    }
    if (!more)
        w[S_DONE] = 1;
    return more;
}

/* The current tuple: item i is pools[i % m][index i], of the tuple type. */
pyuk_tuple *pyuk_itertools_tuple(pyuk_list *s, pyuk_list *pools, const pyuk_type *type)
{
    pyuk_int r = s->items[S_R], m = s->items[S_M];
    pyuk_tuple *t = pyuk_tuple_new(type, r);
    if (!t)
        return NULL;
    for (pyuk_int i = 0; i < r; i++) {
        pyuk_list *pool = (pyuk_list *)pools->items[i % m];
        pyuk_int k = s->items[S_INDEX + i];
        t->items[i] = pool->items[k];
    }
    return t;
}
