/*
 * set: CPython 3.11's set table, step for step (setobject.c): open
 * addressing with LINEAR_PROBES consecutive slots then perturbed jumps,
 * dummies for deleted keys, resize when fill * 5 >= mask * 3 to the
 * smallest power of two above used * 4 (used * 2 past 50000), and the same
 * merge, intersection, difference and symmetric difference procedures,
 * including the reuse of the last dummy met when adding.
 * With CPython's hashes (hash.h) the table, hence the iteration order, is
 * CPython's for ints, floats and tuples of them.
 *
 * A slot stores ~hash (never 0, since no hash is -1); stored == 0 means
 * unused (key 0) or dummy (key 1), so a zeroed table is empty and unboxed
 * keys need no sentinel values.
 */
#include <pyuk/containers.h>
#include <pyuk/exceptions.h>
#include <pyuk/gc.h>
#include <pyuk/hash.h>
#include <pyuk/object.h>

#include "object_internal.h"

#define MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

typedef pyuk_set_entry entry_t;

static inline bool is_unused(const entry_t *e) { return e->stored == 0 && e->key == 0; }
static inline bool is_dummy(const entry_t *e) { return e->stored == 0 && e->key == 1; }
static inline bool is_active(const entry_t *e) { return e->stored != 0; }
static inline pyuk_int hash_of_entry(const entry_t *e) { return ~e->stored; }

static void trace_set(pyuk_object *obj, pyuk_visit_fn visit)
{
    pyuk_set *s = (pyuk_set *)obj;
    if (!s->table)
        return;
    visit(&pyuk_buffer_of_items((pyuk_word *)s->table)->ob);
    if (s->kind != PYUK_KIND_OBJ)
        return;
    for (pyuk_int i = 0; i <= s->mask; i++)
        if (is_active(&s->table[i]) && s->table[i].key)
            visit((pyuk_object *)s->table[i].key);
}

/* links the repr of this type with it (object_repr_containers.c) */
__attribute__((used)) static const char *const repr_link = &pyuk_container_repr_linked;

const pyuk_type pyuk_type_set = {
    .name = "set",
    .family = PYUK_T_SET,
    .size = sizeof(pyuk_set),
    .trace = trace_set,
};

static entry_t *new_table(pyuk_int size)
{
    pyuk_buffer *b = pyuk_alloc_buffer((size_t)size * 2, false);
    return b ? (entry_t *)b->data : NULL;
}

pyuk_set *pyuk_set_new(pyuk_int kind)
{
    pyuk_set *s = (pyuk_set *)pyuk_alloc(&pyuk_type_set, sizeof(pyuk_set));
    if (!s)
        return NULL;
    s->kind = kind;
    s->mask = MINSIZE - 1;
    s->table = new_table(MINSIZE);
    return s->table ? s : NULL;
}

static pyuk_int hash_of(pyuk_word key, pyuk_int kind)
{
    if (kind == PYUK_KIND_INT)
        return pyuk_hash_int((pyuk_int)key);
    return pyuk_word_hash(key, kind);
}

static bool same_key(pyuk_set *s, const entry_t *e, pyuk_word key, pyuk_int kind)
{
    if (s->kind == kind && (kind == PYUK_KIND_INT || kind == PYUK_KIND_BOOL))
        return e->key == key;
    if (s->kind == PYUK_KIND_OBJ && kind == PYUK_KIND_OBJ && e->key == key)
        return true;
    return pyuk_word_eq(e->key, s->kind, key, kind);
}

static void insert_clean(entry_t *table, size_t mask, pyuk_word key, pyuk_int hash)
{
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    entry_t *e;
    for (;;) {
        e = &table[i];
        if (is_unused(e))
            goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (is_unused(e))
                    goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found:
    e->key = key;
    e->stored = ~hash;
}

static bool table_resize(pyuk_set *s, pyuk_int minused)
{
    pyuk_int newsize = MINSIZE;
    while (newsize <= minused)
        newsize <<= 1;
    entry_t *old = s->table;
    pyuk_int oldmask = s->mask;
    entry_t *table = new_table(newsize);
    if (!table)
        return false;
    /* dummies are not copied */
    for (pyuk_int i = 0; i <= oldmask; i++)
        if (is_active(&old[i]))
            insert_clean(table, (size_t)newsize - 1, old[i].key, hash_of_entry(&old[i]));
    s->table = table;
    s->mask = newsize - 1;
    s->fill = s->used;
    return true;
}

static pyuk_word float_word(double d)
{
    union { double d; pyuk_word w; } u = { .d = d };
    return u.w;
}

/* A key of another kind as the set holds it: set methods take any
 * iterable, so {1, 2}.intersection({2, 3}) meets a set[object] (typeshed's
 * Iterable[Any]) whose equal keys are boxed.  NULL-safe for None. */
static pyuk_word key_in_set_kind(pyuk_set *s, pyuk_word key, pyuk_int kind)
{
    if (kind == s->kind)
        return key;
    if (s->kind == PYUK_KIND_OBJ)
        return (pyuk_word)pyuk_word_to_object(key, kind);
    bool is_float = kind == PYUK_KIND_FLOAT;
    double d = 0;
    pyuk_int i = (pyuk_int)key;
    if (kind == PYUK_KIND_OBJ) {
        pyuk_object *o = (pyuk_object *)key;
        is_float = o && o->type->family == PYUK_T_FLOAT;
        i = o && !is_float ? ((pyuk_box_int *)o)->value : 0;
        d = is_float ? ((pyuk_box_float *)o)->value : 0;
    } else if (is_float) {
        union { pyuk_word w; double d; } u = { .w = key };
        d = u.d;
    }
    if (s->kind == PYUK_KIND_FLOAT)
        return float_word(is_float ? d : (double)i);
    pyuk_int v = is_float ? (pyuk_int)d : i;
    return s->kind == PYUK_KIND_BOOL ? (pyuk_word)(v != 0) : (pyuk_word)v;
}

static void add_entry(pyuk_set *s, pyuk_word key, pyuk_int kind, pyuk_int hash)
{
    size_t mask = (size_t)s->mask;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    entry_t *e, *freeslot = NULL;
    for (;;) {
        e = &s->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (is_unused(e))
                goto found_unused_or_dummy;
            if (is_active(e) && hash_of_entry(e) == hash) {
                bool eq = same_key(s, e, key, kind);
                if (pyuk_current_exception)
                    return;
                if (eq)
                    return;   /* already present */
            } else if (is_dummy(e)) {
                freeslot = e;   /* the last dummy met, as CPython */
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    key = key_in_set_kind(s, key, kind);
    if (pyuk_current_exception)
        return;
    if (freeslot) {   /* a dummy on the way is reused */
        s->used++;
        freeslot->key = key;
        freeslot->stored = ~hash;
        return;
    }
    s->fill++;
    s->used++;
    e->key = key;
    e->stored = ~hash;
    if ((size_t)s->fill * 5 < mask * 3)
        return;
    table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

/* The active entry holding key, or NULL. */
static entry_t *lookkey(pyuk_set *s, pyuk_word key, pyuk_int kind, pyuk_int hash)
{
    size_t mask = (size_t)s->mask;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    for (;;) {
        entry_t *e = &s->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (is_unused(e))
                return NULL;
            if (is_active(e) && hash_of_entry(e) == hash) {
                bool eq = same_key(s, e, key, kind);
                if (pyuk_current_exception)
                    return NULL;
                if (eq)
                    return e;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

void pyuk_set_add(pyuk_set *s, pyuk_word key)
{
    pyuk_int hash = hash_of(key, s->kind);
    if (!pyuk_current_exception)
        add_entry(s, key, s->kind, hash);
}

bool pyuk_set_contains(pyuk_set *s, pyuk_word key, pyuk_int kind)
{
    pyuk_int hash = hash_of(key, kind);
    if (pyuk_current_exception)
        return false;
    return lookkey(s, key, kind, hash) != NULL;
}

static void make_dummy(pyuk_set *s, entry_t *e)
{
    e->key = 1;
    e->stored = 0;
    s->used--;
}

/* 1 found and removed, 0 not found */
static int discard_entry(pyuk_set *s, pyuk_word key, pyuk_int kind, pyuk_int hash)
{
    entry_t *e = lookkey(s, key, kind, hash);
    if (!e)
        return 0;
    make_dummy(s, e);
    return 1;
}

void pyuk_set_discard(pyuk_set *s, pyuk_word key, pyuk_int kind)
{
    pyuk_int hash = hash_of(key, kind);
    if (!pyuk_current_exception)
        discard_entry(s, key, kind, hash);
}

void pyuk_set_remove(pyuk_set *s, pyuk_word key, pyuk_int kind)
{
    pyuk_int hash = hash_of(key, kind);
    if (pyuk_current_exception)
        return;
    if (!discard_entry(s, key, kind, hash) && !pyuk_current_exception)
        pyuk_raise_key_error(key, kind);
}

pyuk_word pyuk_set_pop(pyuk_set *s)
{
    if (s->used == 0) {
        pyuk_raise_message(&pyuk_type_KeyError, "pop from an empty set");
        return 0;
    }
    pyuk_int i = s->finger & s->mask;
    while (!is_active(&s->table[i])) {
        i++;
        if (i > s->mask)
            i = 0;
    }
    pyuk_word key = s->table[i].key;
    make_dummy(s, &s->table[i]);
    s->finger = i + 1;
    return key;
}

void pyuk_set_clear(pyuk_set *s)
{
    entry_t *t = new_table(MINSIZE);
    if (!t)
        return;
    s->table = t;
    s->mask = MINSIZE - 1;
    s->fill = s->used = 0;
}

/* CPython's set_merge (s.update(other) for a set other). */
void pyuk_set_update(pyuk_set *s, pyuk_set *other)
{
    if (other == s || other->used == 0)
        return;
    if ((s->fill + other->used) * 5 >= s->mask * 3) {
        if (!table_resize(s, (s->used + other->used) * 2))
            return;
    }
    bool kinds_match = s->kind == other->kind;
    if (s->fill == 0 && s->mask == other->mask && other->fill == other->used && kinds_match) {
        for (pyuk_int i = 0; i <= other->mask; i++)
            s->table[i] = other->table[i];
        s->fill = other->fill;
        s->used = other->used;
        return;
    }
    if (s->fill == 0 && kinds_match) {
        s->fill = s->used = other->used;
        for (pyuk_int i = 0; i <= other->mask; i++)
            if (is_active(&other->table[i]))
                insert_clean(s->table, (size_t)s->mask, other->table[i].key,
                             hash_of_entry(&other->table[i]));
        return;
    }
    for (pyuk_int i = 0; i <= other->mask; i++) {
        entry_t e = other->table[i];
        if (!is_active(&e))
            continue;
        add_entry(s, e.key, other->kind, hash_of_entry(&e));
        if (pyuk_current_exception)
            return;
    }
}

pyuk_set *pyuk_set_copy(pyuk_set *s)
{
    pyuk_set *c = pyuk_set_new(s->kind);
    if (c)
        pyuk_set_update(c, s);
    return c;
}

void pyuk_set_update_list(pyuk_set *s, pyuk_list *items)
{
    for (pyuk_int i = 0; i < items->length; i++) {
        pyuk_word w = items->items[i];
        pyuk_int hash = hash_of(w, items->kind);
        if (pyuk_current_exception)
            return;
        add_entry(s, w, items->kind, hash);
        if (pyuk_current_exception)
            return;
    }
}

pyuk_set *pyuk_set_from_list(pyuk_list *items, pyuk_int kind)
{
    pyuk_set *s = pyuk_set_new(kind);
    if (s)
        pyuk_set_update_list(s, items);
    return s;
}

pyuk_set *pyuk_set_or(pyuk_set *a, pyuk_set *b)
{
    pyuk_set *r = pyuk_set_copy(a);
    if (r)
        pyuk_set_update(r, b);
    return r;
}

pyuk_set *pyuk_set_and(pyuk_set *a, pyuk_set *b)
{
    pyuk_set *r = pyuk_set_new(a->kind);
    if (!r)
        return NULL;
    if (b->used > a->used) {
        pyuk_set *t = a;
        a = b;
        b = t;
    }
    /* iterate the smaller (b), keep what the larger (a) has */
    for (pyuk_int i = 0; i <= b->mask; i++) {
        entry_t e = b->table[i];
        if (!is_active(&e))
            continue;
        pyuk_int h = hash_of_entry(&e);
        entry_t *found = lookkey(a, e.key, b->kind, h);
        if (pyuk_current_exception)
            return NULL;
        if (found)
            add_entry(r, e.key, b->kind, h);
        if (pyuk_current_exception)
            return NULL;
    }
    return r;
}

static void difference_update(pyuk_set *s, pyuk_set *other)
{
    if (s == other) {
        pyuk_set_clear(s);
        return;
    }
    if ((other->used >> 3) > s->used) {
        other = pyuk_set_and(s, other);
        if (!other)
            return;
    }
    for (pyuk_int i = 0; i <= other->mask; i++) {
        entry_t e = other->table[i];
        if (!is_active(&e))
            continue;
        discard_entry(s, e.key, other->kind, hash_of_entry(&e));
        if (pyuk_current_exception)
            return;
    }
}

pyuk_set *pyuk_set_sub(pyuk_set *a, pyuk_set *b)
{
    if ((a->used >> 2) > b->used) {
        pyuk_set *r = pyuk_set_copy(a);
        if (r)
            difference_update(r, b);
        return r;
    }
    pyuk_set *r = pyuk_set_new(a->kind);
    if (!r)
        return NULL;
    for (pyuk_int i = 0; i <= a->mask; i++) {
        entry_t e = a->table[i];
        if (!is_active(&e))
            continue;
        pyuk_int h = hash_of_entry(&e);
        entry_t *found = lookkey(b, e.key, a->kind, h);
        if (pyuk_current_exception)
            return NULL;
        if (!found)
            add_entry(r, e.key, a->kind, h);
        if (pyuk_current_exception)
            return NULL;
    }
    return r;
}

static void symmetric_difference_update(pyuk_set *s, pyuk_set *other)
{
    if (s == other) {
        pyuk_set_clear(s);
        return;
    }
    for (pyuk_int i = 0; i <= other->mask; i++) {
        entry_t e = other->table[i];
        if (!is_active(&e))
            continue;
        pyuk_int h = hash_of_entry(&e);
        int found = discard_entry(s, e.key, other->kind, h);
        if (pyuk_current_exception)
            return;
        if (!found)
            add_entry(s, e.key, other->kind, h);
        if (pyuk_current_exception)
            return;
    }
}

pyuk_set *pyuk_set_xor(pyuk_set *a, pyuk_set *b)
{
    pyuk_set *r = pyuk_set_copy(b);
    if (r)
        symmetric_difference_update(r, a);
    return r;
}

void pyuk_set_iand(pyuk_set *a, pyuk_set *b)
{
    pyuk_set *r = pyuk_set_and(a, b);
    if (!r)
        return;
    /* set_intersection_update swaps the new table in */
    a->table = r->table;
    a->mask = r->mask;
    a->fill = r->fill;
    a->used = r->used;
}

void pyuk_set_isub(pyuk_set *a, pyuk_set *b)
{
    difference_update(a, b);
}

void pyuk_set_ixor(pyuk_set *a, pyuk_set *b)
{
    symmetric_difference_update(a, b);
}

bool pyuk_set_issubset(pyuk_set *a, pyuk_set *b)
{
    if (a->used > b->used)
        return false;
    for (pyuk_int i = 0; i <= a->mask; i++) {
        entry_t e = a->table[i];
        if (!is_active(&e))
            continue;
        if (!lookkey(b, e.key, a->kind, hash_of_entry(&e)))
            return false;
    }
    return true;
}

bool pyuk_set_isdisjoint(pyuk_set *a, pyuk_set *b)
{
    if (a->used > b->used) {
        pyuk_set *t = a;
        a = b;
        b = t;
    }
    for (pyuk_int i = 0; i <= a->mask; i++) {
        entry_t e = a->table[i];
        if (is_active(&e) && lookkey(b, e.key, a->kind, hash_of_entry(&e)))
            return false;
    }
    return true;
}

pyuk_int pyuk_set_next(pyuk_set *s, pyuk_int pos, pyuk_int used)
{
    if (s->used != used) {
        pyuk_raise_message(&pyuk_type_RuntimeError, "Set changed size during iteration");
        return -1;
    }
    while (pos <= s->mask && !is_active(&s->table[pos]))
        pos++;
    return pos > s->mask ? -1 : pos;
}

pyuk_word pyuk_set_key_at(pyuk_set *s, pyuk_int i)
{
    return s->table[i].key;
}

pyuk_list *pyuk_set_to_list(pyuk_set *s)
{
    pyuk_list *l = pyuk_list_new(s->kind, s->used);
    if (!l)
        return NULL;
    pyuk_int j = 0;
    for (pyuk_int i = 0; i <= s->mask; i++)
        if (is_active(&s->table[i]))
            l->items[j++] = s->table[i].key;
    return l;
}

/* a takes b's contents (CPython's set_swap_bodies, for x.intersection_update). */
void pyuk_set_assign(pyuk_set *a, pyuk_set *b)
{
    a->table = b->table;
    a->mask = b->mask;
    a->fill = b->fill;
    a->used = b->used;
}
