/*
 * Unit tests of the containers (list.c, dict.c, set.c, tuple_ops.c,
 * object_*.c, hash_numbers.c), built with AddressSanitizer + UBSan against
 * the runtime core; run one case per process: `tests <case>`, `tests --list`.
 * Expected values are CPython 3.11's.
 */
#include <pyuk/containers.h>
#include <pyuk/exceptions.h>
#include <pyuk/gc.h>
#include <pyuk/hash.h>
#include <pyuk/object.h>
#include <pyuk/str.h>
#include <pyuk/tuple.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern pyuk_object *test_root_a;

static int failures;
#define CHECK(cond) do { if (!(cond)) { \
    fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
    failures++; } } while (0)
#define NO_EXC() CHECK(pyuk_current_exception == NULL)

static const char *repr(pyuk_word w, pyuk_int kind)
{
    pyuk_str *s = pyuk_word_repr(w, kind);
    return s ? s->data : "<null>";
}

static void expect_repr(pyuk_object *o, const char *text)
{
    const char *got = repr((pyuk_word)o, PYUK_KIND_OBJ);
    if (strcmp(got, text) != 0) {
        fprintf(stderr, "repr: got %s, want %s\n", got, text);
        failures++;
    }
}

static pyuk_word S(const char *text)
{
    return (pyuk_word)pyuk_str_from_cstr(text);
}

static void clear_exception(const pyuk_type *want)
{
    CHECK(pyuk_current_exception != NULL);
    if (pyuk_current_exception)
        CHECK(pyuk_current_exception->type == want);
    pyuk_current_exception = NULL;
}

static const uint8_t ii_kinds[2] = { PYUK_KIND_INT, PYUK_KIND_INT };
static const pyuk_type tuple_ii = {
    .name = "tuple", .family = PYUK_T_TUPLE, .size = sizeof(pyuk_tuple),
    .nitem_kinds = 2, .item_kinds = ii_kinds,
};
static const uint8_t os_kinds[2] = { PYUK_KIND_OBJ, PYUK_KIND_FLOAT };
static const pyuk_type tuple_of = {
    .name = "tuple", .family = PYUK_T_TUPLE, .size = sizeof(pyuk_tuple),
    .nitem_kinds = 2, .item_kinds = os_kinds, .trace = pyuk_trace_tuple,
};

static pyuk_tuple *pair(pyuk_int a, pyuk_int b)
{
    pyuk_tuple *t = pyuk_tuple_new(&tuple_ii, 2);
    t->items[0] = (pyuk_word)a;
    t->items[1] = (pyuk_word)b;
    return t;
}

static pyuk_word F(double d)
{
    pyuk_word w;
    memcpy(&w, &d, sizeof w);
    return w;
}

/* ---- cases ---- */

static void case_list_basics(void)
{
    pyuk_list *l = pyuk_list_new(PYUK_KIND_INT, 0);
    for (int i = 0; i < 1000; i++)
        pyuk_list_append(l, (pyuk_word)(i * 3));
    CHECK(l->length == 1000 && l->capacity >= 1000);
    CHECK((pyuk_int)pyuk_list_pop(l, -1) == 2997);
    CHECK((pyuk_int)pyuk_list_pop(l, 0) == 0);
    pyuk_list_insert(l, -10000, 7);
    pyuk_list_insert(l, 10000, 8);
    CHECK(l->items[0] == 7 && l->items[l->length - 1] == 8);
    CHECK(pyuk_list_index(l, 3, PYUK_KIND_INT, 0, 1 << 30) == 1);
    pyuk_list_remove(l, 3, PYUK_KIND_INT);
    CHECK(!pyuk_list_contains(l, 3, PYUK_KIND_INT));
    pyuk_list_remove(l, 3, PYUK_KIND_INT);
    clear_exception(&pyuk_type_ValueError);
    (void)pyuk_list_getitem(l, 5000);
    clear_exception(&pyuk_type_IndexError);
    pyuk_list *e = pyuk_list_new(PYUK_KIND_INT, 0);
    (void)pyuk_list_pop(e, -1);
    clear_exception(&pyuk_type_IndexError);
    pyuk_list_extend(l, l);
    CHECK(l->length == 2 * 999);
    pyuk_list_clear(l);
    CHECK(l->length == 0);
    expect_repr(&l->ob, "[]");
}

static void case_list_slices(void)
{
    pyuk_list *l = pyuk_list_new(PYUK_KIND_INT, 10);
    for (int i = 0; i < 10; i++)
        l->items[i] = (pyuk_word)i;
    expect_repr(&pyuk_list_slice(l, 8, 2, -2, 3)->ob, "[8, 6, 4]");
    expect_repr(&pyuk_list_slice(l, 0, 0, -1, 0)->ob, "[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]");
    expect_repr(&pyuk_list_slice(l, -100, 3, 1, 3)->ob, "[0, 1, 2]");
    pyuk_list *v = pyuk_list_new(PYUK_KIND_INT, 3);
    v->items[0] = 20, v->items[1] = 30, v->items[2] = 40;
    pyuk_list_set_slice(l, 2, 4, 1, 3, v);
    expect_repr(&l->ob, "[0, 1, 20, 30, 40, 4, 5, 6, 7, 8, 9]");
    pyuk_list_del_slice(l, 0, 0, 3, 0);
    expect_repr(&l->ob, "[1, 20, 40, 4, 6, 7, 9]");
    pyuk_list_del_slice(l, 0, 0, -2, 0);
    expect_repr(&l->ob, "[20, 4, 7]");
    pyuk_list_set_slice(l, 0, 0, 2, 0, v);
    clear_exception(&pyuk_type_ValueError);
    pyuk_list_set_slice(l, 0, 0, 1, 0, l);   /* a[:] = a */
    expect_repr(&l->ob, "[20, 4, 7]");
    (void)pyuk_list_slice(l, 0, 0, 0, 0);
    clear_exception(&pyuk_type_ValueError);
}

static void case_list_sort(void)
{
    /* stability: sort pairs by key only */
    pyuk_list *l = pyuk_list_new(PYUK_KIND_INT, 0);
    pyuk_list *keys = pyuk_list_new(PYUK_KIND_INT, 0);
    for (int i = 0; i < 500; i++) {
        pyuk_list_append(l, (pyuk_word)i);
        pyuk_list_append(keys, (pyuk_word)((i * 7919) % 13));
    }
    pyuk_list_sort_keyed(l, keys, false);
    NO_EXC();
    for (int i = 1; i < 500; i++) {
        pyuk_int a = (pyuk_int)l->items[i - 1], b = (pyuk_int)l->items[i];
        pyuk_int ka = (a * 7919) % 13, kb = (b * 7919) % 13;
        CHECK(ka < kb || (ka == kb && a < b));
    }
    pyuk_list_sort_keyed(l, keys, true);   /* keys no longer match items: fine */
    pyuk_list *f = pyuk_list_new(PYUK_KIND_FLOAT, 0);
    double xs[] = { 3.5, -1.0, 2.25, 0.0, -0.5 };
    for (int i = 0; i < 5; i++)
        pyuk_list_append(f, F(xs[i]));
    pyuk_list_sort(f, true);
    expect_repr(&f->ob, "[3.5, 2.25, 0.0, -0.5, -1.0]");
    pyuk_list *s = pyuk_list_new(PYUK_KIND_OBJ, 0);
    const char *words[] = { "banana", "Apple", "cherry", "apple" };
    for (int i = 0; i < 4; i++)
        pyuk_list_append(s, S(words[i]));
    pyuk_list_sort(s, false);
    expect_repr(&s->ob, "['Apple', 'apple', 'banana', 'cherry']");
    /* unorderable items */
    pyuk_list *m = pyuk_list_new(PYUK_KIND_OBJ, 0);
    pyuk_list_append(m, S("x"));
    pyuk_list_append(m, (pyuk_word)pyuk_int_to_object(1));
    pyuk_list_sort(m, false);
    clear_exception(&pyuk_type_TypeError);
}

static void case_hashes(void)
{
    CHECK(pyuk_hash_int(-1) == -2);
    CHECK(pyuk_hash_int(((pyuk_int)1 << 61) - 1) == 0);
    CHECK(pyuk_hash_int((pyuk_int)1 << 61) == 1);
    CHECK(pyuk_hash_int(INT64_MIN) == -4);
    CHECK(pyuk_hash_int(INT64_MAX) == 3);
    CHECK(pyuk_hash_float(0.5) == 1152921504606846976LL);
    CHECK(pyuk_hash_float(1.5) == 1152921504606846977LL);
    CHECK(pyuk_hash_float(-2.5e-10) == -699647011998930896LL);
    CHECK(pyuk_hash_float(1e300) == 1224995262755759164LL);
    CHECK(pyuk_hash_float(3.0) == 3);
    CHECK(pyuk_hash_float(1e-320) == 33957085184LL);
    CHECK(pyuk_hash_float(1.0 / 0.0) == 314159);
    CHECK(pyuk_word_hash((pyuk_word)pair(1, 2), PYUK_KIND_OBJ) == -3550055125485641917LL);
    pyuk_tuple *empty = pyuk_tuple_new(&tuple_ii, 0);
    CHECK(pyuk_word_hash((pyuk_word)empty, PYUK_KIND_OBJ) == 5740354900026072187LL);
    CHECK(pyuk_word_hash(1, PYUK_KIND_BOOL) == 1);
    CHECK(pyuk_word_hash((pyuk_word)pyuk_float_to_object(3.0), PYUK_KIND_OBJ) == 3);
    (void)pyuk_word_hash((pyuk_word)pyuk_list_new(PYUK_KIND_INT, 0), PYUK_KIND_OBJ);
    clear_exception(&pyuk_type_TypeError);
}

static pyuk_list *set_list(pyuk_set *s)
{
    return pyuk_set_to_list(s);
}

static void case_set_order(void)
{
    pyuk_set *s = pyuk_set_new(PYUK_KIND_INT);
    pyuk_int adds[] = { 17, 3, 99, 4, 256, 1024, 12, -5, -1, 0, 65, 8 };
    for (size_t i = 0; i < sizeof adds / sizeof *adds; i++)
        pyuk_set_add(s, (pyuk_word)adds[i]);
    expect_repr(&set_list(s)->ob, "[256, 1024, 0, 99, 3, 4, 65, 8, 12, 17, -5, -1]");
    pyuk_set_discard(s, 99, PYUK_KIND_INT);
    pyuk_set_discard(s, 4, PYUK_KIND_INT);
    for (int i = 0; i < 40; i++)
        pyuk_set_add(s, (pyuk_word)(i * 13));
    expect_repr(&set_list(s)->ob,
        "[256, 1024, 0, 3, 130, 260, 390, 8, 12, 13, 143, 17, 273, 403, 26, 156, 286, "
        "416, 39, 169, 299, 429, 52, 182, 312, 442, 65, 195, 325, 455, 78, 208, 338, 468, "
        "507, 91, 221, 351, 481, 104, 234, 364, 494, 117, 247, 377, -5, -1]");
    pyuk_set *t = pyuk_set_new(PYUK_KIND_OBJ);
    pyuk_int pts[][2] = { {1, 2}, {3, 4}, {0, 0}, {-1, 5}, {10, -10} };
    for (int i = 0; i < 5; i++)
        pyuk_set_add(t, (pyuk_word)pair(pts[i][0], pts[i][1]));
    expect_repr(&set_list(t)->ob, "[(1, 2), (3, 4), (0, 0), (10, -10), (-1, 5)]");
    CHECK(pyuk_set_contains(t, (pyuk_word)pair(-1, 5), PYUK_KIND_OBJ));
    CHECK(pyuk_set_contains(s, F(13.0), PYUK_KIND_FLOAT));   /* 13.0 in s */
    pyuk_set_remove(s, 123456, PYUK_KIND_INT);
    clear_exception(&pyuk_type_KeyError);
}

static void case_set_algebra(void)
{
    pyuk_set *a = pyuk_set_new(PYUK_KIND_INT), *b = pyuk_set_new(PYUK_KIND_INT);
    for (int i = 1; i <= 5; i++)
        pyuk_set_add(a, (pyuk_word)i);
    for (int i = 4; i <= 7; i++)
        pyuk_set_add(b, (pyuk_word)i);
    expect_repr(&pyuk_set_or(a, b)->ob, "{1, 2, 3, 4, 5, 6, 7}");
    expect_repr(&pyuk_set_and(a, b)->ob, "{4, 5}");
    expect_repr(&pyuk_set_sub(a, b)->ob, "{1, 2, 3}");
    expect_repr(&pyuk_set_xor(a, b)->ob, "{1, 2, 3, 6, 7}");
    CHECK(!pyuk_set_issubset(a, b));
    CHECK(pyuk_word_compare((pyuk_word)pyuk_set_and(a, b), PYUK_KIND_OBJ, (pyuk_word)b,
                            PYUK_KIND_OBJ, PYUK_LT));
    pyuk_set *big = pyuk_set_new(PYUK_KIND_INT);
    for (int i = 0; i < 100000; i++)
        pyuk_set_add(big, (pyuk_word)(i * 2654435761u % 100003));
    for (int i = 0; i < 100003; i += 2)
        pyuk_set_discard(big, (pyuk_word)i, PYUK_KIND_INT);
    pyuk_int n = 0;
    for (pyuk_int pos = 0;; ) {
        pyuk_int i = pyuk_set_next(big, pos, big->used);
        if (i < 0)
            break;
        CHECK(((pyuk_int)pyuk_set_key_at(big, i)) % 2 == 1);
        n++;
        pos = i + 1;
    }
    CHECK(n == big->used);
    while (big->used)
        (void)pyuk_set_pop(big);
    (void)pyuk_set_pop(big);
    clear_exception(&pyuk_type_KeyError);
}

static void case_dict_basics(void)
{
    pyuk_dict *d = pyuk_dict_new(PYUK_KIND_OBJ, PYUK_KIND_INT);
    test_root_a = &d->ob;
    char name[32];
    for (int i = 0; i < 20000; i++) {
        snprintf(name, sizeof name, "k%d", i);
        pyuk_dict_setitem(d, S(name), (pyuk_word)i);
        NO_EXC();
    }
    CHECK(d->length == 20000);
    for (int i = 0; i < 20000; i += 3) {
        snprintf(name, sizeof name, "k%d", i);
        pyuk_dict_delitem(d, S(name), PYUK_KIND_OBJ);
    }
    pyuk_gc_collect();
    for (int i = 0; i < 20000; i++) {
        snprintf(name, sizeof name, "k%d", i);
        bool in = pyuk_dict_contains(d, S(name), PYUK_KIND_OBJ);
        CHECK(in == (i % 3 != 0));
        if (in)
            CHECK((pyuk_int)pyuk_dict_getitem(d, S(name), PYUK_KIND_OBJ) == i);
    }
    /* insertion order survives deletions and growth */
    pyuk_int last = -1, count = 0;
    for (pyuk_int i = 0; i < d->nentries; i++) {
        if (d->entries[i].hash == -1)
            continue;
        CHECK((pyuk_int)d->entries[i].value > last);
        last = (pyuk_int)d->entries[i].value;
        count++;
    }
    CHECK(count == d->length);
    (void)pyuk_dict_getitem(d, S("nope"), PYUK_KIND_OBJ);
    clear_exception(&pyuk_type_KeyError);
    pyuk_dict *e = pyuk_dict_new(PYUK_KIND_INT, PYUK_KIND_INT);
    (void)pyuk_dict_popitem(e, &tuple_ii);
    clear_exception(&pyuk_type_KeyError);
    pyuk_dict_setitem(e, 1, 10);
    pyuk_dict_setitem(e, 2, 20);
    pyuk_dict_setitem(e, 3, 30);
    expect_repr(&pyuk_dict_popitem(e, &tuple_ii)->ob, "(3, 30)");
    pyuk_dict_setitem(e, 4, 40);
    expect_repr(&e->ob, "{1: 10, 2: 20, 4: 40}");
    CHECK(pyuk_dict_contains(e, F(2.0), PYUK_KIND_FLOAT));   /* 2.0 in d */
    test_root_a = NULL;
}

static void case_dict_iteration_errors(void)
{
    pyuk_dict *d = pyuk_dict_new(PYUK_KIND_INT, PYUK_KIND_INT);
    for (int i = 0; i < 3; i++)
        pyuk_dict_setitem(d, (pyuk_word)i, (pyuk_word)i);
    pyuk_int used = d->length, remaining = used;
    pyuk_int i = pyuk_dict_next(d, 0, used, remaining);
    CHECK(i == 0);
    pyuk_dict_setitem(d, 99, 1);
    (void)pyuk_dict_next(d, i + 1, used, remaining - 1);
    clear_exception(&pyuk_type_RuntimeError);
    /* same size, different keys: "keys changed" once the count runs out */
    pyuk_dict *e = pyuk_dict_new(PYUK_KIND_INT, PYUK_KIND_INT);
    pyuk_dict_setitem(e, 1, 1);
    pyuk_int j = pyuk_dict_next(e, 0, 1, 1);
    CHECK(j == 0);
    pyuk_dict_delitem(e, 1, PYUK_KIND_INT);
    pyuk_dict_setitem(e, 2, 2);
    (void)pyuk_dict_next(e, 1, 1, 0);
    clear_exception(&pyuk_type_RuntimeError);
}

static void case_repr_nested(void)
{
    pyuk_list *l = pyuk_list_new(PYUK_KIND_OBJ, 0);
    pyuk_list_append(l, (pyuk_word)l);
    expect_repr(&l->ob, "[[...]]");
    pyuk_tuple *t = pyuk_tuple_new(&tuple_of, 2);
    t->items[0] = S("it's");
    t->items[1] = F(-0.0);
    pyuk_dict *d = pyuk_dict_new(PYUK_KIND_OBJ, PYUK_KIND_OBJ);
    pyuk_dict_setitem(d, (pyuk_word)t, 0);
    pyuk_set *s = pyuk_set_new(PYUK_KIND_FLOAT);
    pyuk_dict_setitem(d, S("s"), (pyuk_word)s);
    expect_repr(&d->ob, "{(\"it's\", -0.0): None, 's': set()}");
    pyuk_set_add(s, F(1e16));
    expect_repr(&s->ob, "{1e+16}");
    pyuk_tuple *one = pyuk_tuple_new(&tuple_ii, 1);
    expect_repr(&one->ob, "(0,)");
}

static void case_equality(void)
{
    pyuk_list *a = pyuk_list_new(PYUK_KIND_INT, 0), *b = pyuk_list_new(PYUK_KIND_FLOAT, 0);
    pyuk_list_append(a, 1);
    pyuk_list_append(b, F(1.0));
    CHECK(pyuk_word_eq((pyuk_word)a, PYUK_KIND_OBJ, (pyuk_word)b, PYUK_KIND_OBJ));
    pyuk_list_append(b, F(0.5));
    CHECK(pyuk_word_compare((pyuk_word)a, PYUK_KIND_OBJ, (pyuk_word)b, PYUK_KIND_OBJ, PYUK_LT));
    CHECK(pyuk_word_eq((pyuk_word)pair(1, 2), PYUK_KIND_OBJ, (pyuk_word)pair(1, 2),
                       PYUK_KIND_OBJ));
    CHECK(!pyuk_word_eq(F(0.0 / 0.0), PYUK_KIND_FLOAT, F(0.0 / 0.0), PYUK_KIND_FLOAT));
    CHECK(pyuk_word_eq(1, PYUK_KIND_BOOL, 1, PYUK_KIND_INT));
    (void)pyuk_word_compare((pyuk_word)a, PYUK_KIND_OBJ, 3, PYUK_KIND_INT, PYUK_LT);
    clear_exception(&pyuk_type_TypeError);
}

/* Random operations against a plain array model (ASan watches the bounds). */
static void case_list_fuzz(void)
{
    srand(12345);
    pyuk_list *l = pyuk_list_new(PYUK_KIND_INT, 0);
    static pyuk_int model[20000];
    pyuk_int n = 0;
    for (int step = 0; step < 200000; step++) {
        int op = rand() % 6;
        pyuk_int v = rand() % 100;
        if (op <= 1 && n < 20000) {
            pyuk_list_append(l, (pyuk_word)v);
            model[n++] = v;
        } else if (op == 2 && n > 0) {
            pyuk_int i = rand() % n;
            CHECK((pyuk_int)pyuk_list_pop(l, i) == model[i]);
            memmove(model + i, model + i + 1, (size_t)(n - i - 1) * sizeof *model);
            n--;
        } else if (op == 3 && n < 20000) {
            pyuk_int i = rand() % (n + 1);
            pyuk_list_insert(l, i, (pyuk_word)v);
            memmove(model + i + 1, model + i, (size_t)(n - i) * sizeof *model);
            model[i] = v;
            n++;
        } else if (op == 4 && n > 4) {
            pyuk_int a = rand() % n, b = rand() % n;
            if (a > b) { pyuk_int t = a; a = b; b = t; }
            pyuk_list_del_slice(l, a, b, 1, 3);
            memmove(model + a, model + b, (size_t)(n - b) * sizeof *model);
            n -= b - a;
        } else if (op == 5 && n > 0) {
            pyuk_int i = rand() % n;
            CHECK((pyuk_int)pyuk_list_getitem(l, i - n) == model[i]);
        }
        CHECK(l->length == n);
        if (step % 50000 == 0)
            pyuk_gc_collect();
    }
    for (pyuk_int i = 0; i < n; i++)
        CHECK((pyuk_int)l->items[i] == model[i]);
    NO_EXC();
}

/* Churn: containers of strings collected while a few stay alive. */
static void case_gc_churn(void)
{
    pyuk_list *keep = pyuk_list_new(PYUK_KIND_OBJ, 0);
    test_root_a = &keep->ob;
    char name[32];
    for (int r = 0; r < 3000; r++) {
        pyuk_dict *d = pyuk_dict_new(PYUK_KIND_OBJ, PYUK_KIND_OBJ);
        pyuk_set *s = pyuk_set_new(PYUK_KIND_OBJ);
        for (int i = 0; i < 20; i++) {
            snprintf(name, sizeof name, "%d-%d", r, i);
            pyuk_word k = S(name);
            pyuk_list *v = pyuk_list_new(PYUK_KIND_OBJ, 0);
            pyuk_list_append(v, k);
            pyuk_dict_setitem(d, k, (pyuk_word)v);
            pyuk_set_add(s, k);
        }
        if (r % 100 == 0) {
            pyuk_list_append(keep, (pyuk_word)d);
            pyuk_list_append(keep, (pyuk_word)s);
        }
    }
    pyuk_gc_collect();
    for (pyuk_int j = 0; j < keep->length; j += 2) {
        pyuk_dict *d = (pyuk_dict *)keep->items[j];
        pyuk_set *s = (pyuk_set *)keep->items[j + 1];
        CHECK(d->length == 20 && s->used == 20);
        snprintf(name, sizeof name, "%d-%d", (int)(j / 2 * 100), 7);
        pyuk_word v = pyuk_dict_getitem(d, S(name), PYUK_KIND_OBJ);
        NO_EXC();
        CHECK(strcmp(((pyuk_str *)((pyuk_list *)v)->items[0])->data, name) == 0);
        CHECK(pyuk_set_contains(s, S(name), PYUK_KIND_OBJ));
    }
    test_root_a = NULL;
}

static const struct { const char *name; void (*fn)(void); } cases[] = {
    { "list_basics", case_list_basics },
    { "list_slices", case_list_slices },
    { "list_sort", case_list_sort },
    { "list_fuzz", case_list_fuzz },
    { "hashes", case_hashes },
    { "set_order", case_set_order },
    { "set_algebra", case_set_algebra },
    { "dict_basics", case_dict_basics },
    { "dict_iteration_errors", case_dict_iteration_errors },
    { "repr_nested", case_repr_nested },
    { "equality", case_equality },
    { "gc_churn", case_gc_churn },
};

int main(int argc, char **argv)
{
    size_t n = sizeof cases / sizeof *cases;
    if (argc == 2 && strcmp(argv[1], "--list") == 0) {
        for (size_t i = 0; i < n; i++)
            printf("%s\n", cases[i].name);
        return 0;
    }
    for (size_t i = 0; i < n; i++) {
        if (argc == 2 && strcmp(argv[1], cases[i].name) != 0)
            continue;
        cases[i].fn();
        if (pyuk_current_exception) {
            fprintf(stderr, "%s: unexpected exception %s\n", cases[i].name,
                    pyuk_current_exception->type->name);
            failures++;
        }
        printf("%s %s\n", failures ? "FAIL" : "ok", cases[i].name);
    }
    return failures != 0;
}
