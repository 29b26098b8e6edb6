/*
 * ==, ordering, hash and truth of any value by kind (object.h), with
 * CPython's rules: numbers compare exactly across int, float and bool;
 * sequences lexicographically; sets by inclusion; dicts by items.
 */
#include <pyuk/bytes.h>
#include <pyuk/containers.h>
#include <pyuk/exceptions.h>
#include <pyuk/hash.h>
#include <pyuk/object.h>
#include <pyuk/str.h>
#include <pyuk/tuple.h>

int memcmp(const void *a, const void *b, size_t n);
bool pyuk_int_float_compare(pyuk_int i, pyuk_float f, pyuk_int op);

static double as_double(pyuk_word w)
{
    union { pyuk_word w; double d; } u = { .w = w };
    return u.d;
}

/* Boxed numbers read as unboxed ones (bool boxes as bool, IntEnum members
 * as int). */
static void unbox(pyuk_word *w, pyuk_int *kind)
{
    if (*kind != PYUK_KIND_OBJ || !*w)
        return;
    pyuk_object *o = (pyuk_object *)*w;
    switch (o->type->family) {
    case PYUK_T_INT:
        *w = (pyuk_word)((pyuk_box_int *)o)->value;
        *kind = PYUK_KIND_INT;
        break;
    case PYUK_T_BOOL:
        *w = (pyuk_word)((pyuk_box_bool *)o)->value;
        *kind = PYUK_KIND_BOOL;
        break;
    case PYUK_T_FLOAT: {
        union { double d; pyuk_word w; } u = { .d = ((pyuk_box_float *)o)->value };
        *w = u.w;
        *kind = PYUK_KIND_FLOAT;
        break;
    }
    default:
        break;
    }
}

static bool is_number(pyuk_int kind)
{
    return kind != PYUK_KIND_OBJ;
}

/* a op b for two numbers */
static bool number_compare(pyuk_word a, pyuk_int ka, pyuk_word b, pyuk_int kb, pyuk_int op)
{
    if (ka != PYUK_KIND_FLOAT && kb != PYUK_KIND_FLOAT) {
        pyuk_int x = (pyuk_int)a, y = (pyuk_int)b;
        switch (op) {
        case PYUK_LT: return x < y;
        case PYUK_LE: return x <= y;
        case PYUK_EQ: return x == y;
        case PYUK_NE: return x != y;
        case PYUK_GT: return x > y;
        default: return x >= y;
        }
    }
    if (ka == PYUK_KIND_FLOAT && kb == PYUK_KIND_FLOAT) {
        double x = as_double(a), y = as_double(b);
        switch (op) {
        case PYUK_LT: return x < y;
        case PYUK_LE: return x <= y;
        case PYUK_EQ: return x == y;
        case PYUK_NE: return !(x == y);
        case PYUK_GT: return x > y;
        default: return x >= y;
        }
    }
    if (ka == PYUK_KIND_FLOAT) {  /* mirror: int op float */
        static const pyuk_int mirror[] = { PYUK_GT, PYUK_GE, PYUK_EQ, PYUK_NE, PYUK_LT, PYUK_LE };
        return pyuk_int_float_compare((pyuk_int)b, as_double(a), mirror[op]);
    }
    return pyuk_int_float_compare((pyuk_int)a, as_double(b), op);
}

static bool seq_items(pyuk_object *o, pyuk_word **items, pyuk_int *n, const pyuk_type **tt,
                      pyuk_int *kind)
{
    if (o->type->family == PYUK_T_LIST) {
        pyuk_list *l = (pyuk_list *)o;
        *items = l->items;
        *n = l->length;
        *tt = NULL;
        *kind = l->kind;
        return true;
    }
    if (o->type->family == PYUK_T_TUPLE) {
        pyuk_tuple *t = (pyuk_tuple *)o;
        *items = t->items;
        *n = t->length;
        *tt = t->ob.type;
        *kind = 0;
        return true;
    }
    return false;
}

static pyuk_int item_kind(const pyuk_type *tt, pyuk_int kind, pyuk_int i)
{
    return tt ? pyuk_tuple_item_kind(tt, i) : kind;
}

static bool dict_eq(pyuk_dict *a, pyuk_dict *b)
{
    if (a->length != b->length)
        return false;
    for (pyuk_int i = 0; i < a->nentries; i++) {
        pyuk_dict_entry e = a->entries[i];
        if (e.hash == -1)
            continue;
        if (!pyuk_dict_contains(b, e.key, a->key_kind))
            return false;
        pyuk_word v = pyuk_dict_get(b, e.key, a->key_kind, 0);
        bool eq = pyuk_word_eq(e.value, a->value_kind, v, b->value_kind);
        if (!eq || pyuk_current_exception)
            return false;
    }
    return true;
}

static bool bytes_like(pyuk_object *o, const char **data, pyuk_int *size)
{
    if (o->type->family == PYUK_T_BYTES) {
        *data = ((pyuk_str *)o)->data;
        *size = ((pyuk_str *)o)->size;
        return true;
    }
    if (o->type->family == PYUK_T_BYTEARRAY) {
        *data = ((pyuk_bytearray *)o)->data;
        *size = ((pyuk_bytearray *)o)->size;
        return true;
    }
    return false;
}

static int bytes_cmp(const char *a, pyuk_int na, const char *b, pyuk_int nb)
{
    pyuk_int n = na < nb ? na : nb;
    int c = n ? memcmp(a, b, (size_t)n) : 0;
    if (c)
        return c;
    return na < nb ? -1 : na > nb;
}

/* Tuples whose items are all unboxed ints (tuple[int, int] keys of dicts
 * and sets): hashed and compared word by word, without recursion. */
static bool int_tuple(const pyuk_object *o, pyuk_int length)
{
    const pyuk_type *t = o->type;
    if (t->family != PYUK_T_TUPLE || t->nitem_kinds == 0)
        return false;
    if (t->nitem_kinds == 1)
        return t->item_kinds[0] == PYUK_KIND_INT;
    if ((pyuk_int)t->nitem_kinds < length)
        return false;
    for (pyuk_int i = 0; i < length; i++)
        if (t->item_kinds[i] != PYUK_KIND_INT)
            return false;
    return true;
}

bool pyuk_word_eq(pyuk_word a, pyuk_int ka, pyuk_word b, pyuk_int kb)
{
    if (ka == kb && ka == PYUK_KIND_INT)
        return a == b;
    if (ka == PYUK_KIND_OBJ && kb == PYUK_KIND_OBJ && a && b) {
        /* str keys of dicts and sets: no unboxing, no dispatch */
        const pyuk_object *x = (const pyuk_object *)a, *y = (const pyuk_object *)b;
        if (x->type == &pyuk_type_str && y->type == &pyuk_type_str)
            return pyuk_str_eq((pyuk_str *)a, (pyuk_str *)b);
        if (x->type == y->type && x->type->family == PYUK_T_TUPLE) {
            const pyuk_tuple *tx = (const pyuk_tuple *)x, *ty = (const pyuk_tuple *)y;
            if (tx->length == ty->length && int_tuple(x, tx->length)) {
                for (pyuk_int i = 0; i < tx->length; i++)
                    if (tx->items[i] != ty->items[i])
                        return false;
                return true;
            }
        }
    }
    unbox(&a, &ka);
    unbox(&b, &kb);
    if (is_number(ka) || is_number(kb)) {
        if (is_number(ka) && is_number(kb))
            return number_compare(a, ka, b, kb, PYUK_EQ);
        /* a user __eq__ may accept a number: it gets the number boxed */
        pyuk_object *o = (pyuk_object *)(is_number(ka) ? b : a);
        if (!o || !o->type->special || !o->type->special->eq)
            return false;
        pyuk_object *number = is_number(ka) ? pyuk_word_to_object(a, ka)
                                             : pyuk_word_to_object(b, kb);
        return number && o->type->special->eq(o, number);
    }
    if (a == b)
        return true;   /* identity implies equality in containers */
    pyuk_object *x = (pyuk_object *)a, *y = (pyuk_object *)b;
    if (!x || !y)
        return false;
    const pyuk_type *tx = x->type, *ty = y->type;
    if (tx->special && tx->special->eq)
        return tx->special->eq(x, y);
    if (ty->special && ty->special->eq)
        return ty->special->eq(y, x);
    const char *da, *db;
    pyuk_int na = 0, nb = 0;
    if (bytes_like(x, &da, &na) && bytes_like(y, &db, &nb))
        return na == nb && bytes_cmp(da, na, db, nb) == 0;
    if (tx->family != ty->family)
        return false;
    switch (tx->family) {
    case PYUK_T_STR:
        return pyuk_str_eq((pyuk_str *)x, (pyuk_str *)y);
    case PYUK_T_LIST:
    case PYUK_T_TUPLE: {
        pyuk_word *ia = NULL, *ib = NULL;
        const pyuk_type *ta = NULL, *tb = NULL;
        pyuk_int ka2 = 0, kb2 = 0;
        seq_items(x, &ia, &na, &ta, &ka2);
        seq_items(y, &ib, &nb, &tb, &kb2);
        if (na != nb)
            return false;
        for (pyuk_int i = 0; i < na; i++) {
            bool eq = pyuk_word_eq(ia[i], item_kind(ta, ka2, i), ib[i], item_kind(tb, kb2, i));
            if (pyuk_current_exception || !eq)
                return false;
            /* a user __eq__ may have shrunk a list */
            seq_items(x, &ia, &na, &ta, &ka2);
            seq_items(y, &ib, &nb, &tb, &kb2);
            if (i + 1 > na || i + 1 > nb)
                return na == nb;
        }
        return true;
    }
    case PYUK_T_DICT:
        return dict_eq((pyuk_dict *)x, (pyuk_dict *)y);
    case PYUK_T_SET:
        return ((pyuk_set *)x)->used == ((pyuk_set *)y)->used &&
               pyuk_set_issubset((pyuk_set *)x, (pyuk_set *)y);
    default:
        return false;
    }
}

static const char *const op_symbols[] = { "<", "<=", "==", "!=", ">", ">=" };

static void raise_unorderable(pyuk_word a, pyuk_int ka, pyuk_word b, pyuk_int kb, pyuk_int op)
{
    pyuk_strbuf sb;
    pyuk_strbuf_init(&sb);
    pyuk_strbuf_add_ascii(&sb, "'", 1);
    pyuk_strbuf_add_cstr(&sb, op_symbols[op]);
    pyuk_strbuf_add_cstr(&sb, "' not supported between instances of '");
    pyuk_strbuf_add_cstr(&sb, pyuk_word_type_name(a, ka));
    pyuk_strbuf_add_cstr(&sb, "' and '");
    pyuk_strbuf_add_cstr(&sb, pyuk_word_type_name(b, kb));
    pyuk_strbuf_add_ascii(&sb, "'", 1);
    pyuk_str *msg = pyuk_strbuf_finish(&sb);
    if (msg)
        pyuk_raise_message(&pyuk_type_TypeError, msg->data);
}

static bool from_cmp(int c, pyuk_int op)
{
    switch (op) {
    case PYUK_LT: return c < 0;
    case PYUK_LE: return c <= 0;
    case PYUK_EQ: return c == 0;
    case PYUK_NE: return c != 0;
    case PYUK_GT: return c > 0;
    default: return c >= 0;
    }
}

bool pyuk_word_compare(pyuk_word a, pyuk_int ka, pyuk_word b, pyuk_int kb, pyuk_int op)
{
    if (op == PYUK_EQ)
        return pyuk_word_eq(a, ka, b, kb);
    if (op == PYUK_NE) {
        bool eq = pyuk_word_eq(a, ka, b, kb);
        return !eq && !pyuk_current_exception;
    }
    pyuk_word ua = a, ub = b;
    pyuk_int uka = ka, ukb = kb;
    unbox(&ua, &uka);
    unbox(&ub, &ukb);
    if (is_number(uka) && is_number(ukb))
        return number_compare(ua, uka, ub, ukb, op);
    pyuk_object *x = (pyuk_object *)ua, *y = (pyuk_object *)ub;
    if (!is_number(uka) && !is_number(ukb) && x && y) {
        const pyuk_type *tx = x->type, *ty = y->type;
        if (tx->special && tx->special->lt && (op == PYUK_LT || op == PYUK_GT)) {
            return op == PYUK_LT ? tx->special->lt(x, y)
                                 : (ty->special && ty->special->lt ? ty->special->lt(y, x)
                                                                   : tx->special->lt(y, x));
        }
        const char *da, *db;
        pyuk_int na = 0, nb = 0;
        if (bytes_like(x, &da, &na) && bytes_like(y, &db, &nb))
            return from_cmp(bytes_cmp(da, na, db, nb), op);
        if (tx->family == ty->family) {
            switch (tx->family) {
            case PYUK_T_STR:
                return from_cmp((int)pyuk_str_compare((pyuk_str *)x, (pyuk_str *)y), op);
            case PYUK_T_LIST:
            case PYUK_T_TUPLE: {
                pyuk_word *ia = NULL, *ib = NULL;
                const pyuk_type *ta = NULL, *tb = NULL;
                pyuk_int k1 = 0, k2 = 0;
                seq_items(x, &ia, &na, &ta, &k1);
                seq_items(y, &ib, &nb, &tb, &k2);
                pyuk_int i = 0;
                for (; i < na && i < nb; i++) {
                    bool eq = pyuk_word_eq(ia[i], item_kind(ta, k1, i), ib[i], item_kind(tb, k2, i));
                    if (pyuk_current_exception)
                        return false;
                    if (!eq)
                        break;
                    seq_items(x, &ia, &na, &ta, &k1);
                    seq_items(y, &ib, &nb, &tb, &k2);
                }
                if (i >= na || i >= nb)
                    return from_cmp(na < nb ? -1 : na > nb, op);
                return pyuk_word_compare(ia[i], item_kind(ta, k1, i), ib[i],
                                         item_kind(tb, k2, i), op);
            }
            case PYUK_T_SET: {
                pyuk_set *s = (pyuk_set *)x, *t = (pyuk_set *)y;
                switch (op) {
                case PYUK_LE: return pyuk_set_issubset(s, t);
                case PYUK_LT: return s->used < t->used && pyuk_set_issubset(s, t);
                case PYUK_GE: return pyuk_set_issubset(t, s);
                default: return t->used < s->used && pyuk_set_issubset(t, s);
                }
            }
            default:
                break;
            }
        }
    }
    raise_unorderable(a, ka, b, kb, op);
    return false;
}

bool pyuk_word_lt(pyuk_word a, pyuk_int ka, pyuk_word b, pyuk_int kb)
{
    if (ka == kb && ka == PYUK_KIND_INT)
        return (pyuk_int)a < (pyuk_int)b;
    if (ka == kb && ka == PYUK_KIND_FLOAT)
        return as_double(a) < as_double(b);
    if (ka == kb && ka == PYUK_KIND_OBJ && a && b &&
        ((pyuk_object *)a)->type == &pyuk_type_str && ((pyuk_object *)b)->type == &pyuk_type_str)
        return pyuk_str_compare((pyuk_str *)a, (pyuk_str *)b) < 0;
    return pyuk_word_compare(a, ka, b, kb, PYUK_LT);
}

/* ---- hash ---- */

static void raise_unhashable(const char *name)
{
    pyuk_strbuf sb;
    pyuk_strbuf_init(&sb);
    pyuk_strbuf_add_cstr(&sb, "unhashable type: '");
    pyuk_strbuf_add_cstr(&sb, name);
    pyuk_strbuf_add_ascii(&sb, "'", 1);
    pyuk_str *msg = pyuk_strbuf_finish(&sb);
    if (msg)
        pyuk_raise_message(&pyuk_type_TypeError, msg->data);
}

pyuk_int pyuk_word_hash(pyuk_word w, pyuk_int kind)
{
    if (kind == PYUK_KIND_OBJ && w && ((const pyuk_object *)w)->type == &pyuk_type_str) {
        pyuk_str *str = (pyuk_str *)w;   /* the commonest key: its hash is cached */
        return str->hash != -1 ? str->hash : pyuk_str_hash(str);
    }
    if (kind == PYUK_KIND_OBJ && w) {
        const pyuk_tuple *tu = (const pyuk_tuple *)w;
        if (int_tuple((const pyuk_object *)w, tu->length)) {
            uint64_t acc = pyuk_tuple_hash_begin();
            for (pyuk_int i = 0; i < tu->length; i++)
                acc = pyuk_tuple_hash_add(acc, pyuk_hash_int((pyuk_int)tu->items[i]));
            return pyuk_tuple_hash_end(acc, tu->length);
        }
    }
    unbox(&w, &kind);
    switch (kind) {
    case PYUK_KIND_INT: return pyuk_hash_int((pyuk_int)w);
    case PYUK_KIND_BOOL: return w ? 1 : 0;
    case PYUK_KIND_FLOAT: return pyuk_hash_float(as_double(w));
    default: break;
    }
    pyuk_object *o = (pyuk_object *)w;
    if (!o)
        return pyuk_hash_pointer((const void *)0x7c0ffee0);  /* None */
    const pyuk_type *t = o->type;
    if (t->special && t->special->hash)
        return t->special->hash(o);
    switch (t->family) {
    case PYUK_T_STR:
        return pyuk_str_hash((pyuk_str *)o);
    case PYUK_T_BYTES:
        return pyuk_bytes_hash((pyuk_bytes *)o);
    case PYUK_T_TUPLE: {
        pyuk_tuple *tu = (pyuk_tuple *)o;
        uint64_t acc = pyuk_tuple_hash_begin();
        for (pyuk_int i = 0; i < tu->length; i++) {
            pyuk_int h = pyuk_word_hash(tu->items[i], pyuk_tuple_item_kind(t, i));
            if (pyuk_current_exception)
                return -1;
            acc = pyuk_tuple_hash_add(acc, h);
        }
        return pyuk_tuple_hash_end(acc, tu->length);
    }
    case PYUK_T_LIST:
    case PYUK_T_DICT:
    case PYUK_T_SET:
    case PYUK_T_BYTEARRAY:
        raise_unhashable(t->name);
        return -1;
    default:
        if (t->special && t->special->eq) {  /* __eq__ without __hash__ */
            raise_unhashable(t->name);
            return -1;
        }
        return pyuk_hash_pointer(o);
    }
}

/* ---- truth ---- */

bool pyuk_word_truth(pyuk_word w, pyuk_int kind)
{
    unbox(&w, &kind);
    switch (kind) {
    case PYUK_KIND_INT:
    case PYUK_KIND_BOOL: return w != 0;
    case PYUK_KIND_FLOAT: return as_double(w) != 0.0;
    default: break;
    }
    pyuk_object *o = (pyuk_object *)w;
    if (!o)
        return false;
    switch (o->type->family) {
    case PYUK_T_STR:
    case PYUK_T_BYTES: return ((pyuk_str *)o)->size != 0;
    case PYUK_T_BYTEARRAY: return ((pyuk_bytearray *)o)->size != 0;
    case PYUK_T_LIST: return ((pyuk_list *)o)->length != 0;
    case PYUK_T_TUPLE: return ((pyuk_tuple *)o)->length != 0;
    case PYUK_T_DICT: return ((pyuk_dict *)o)->length != 0;
    case PYUK_T_SET: return ((pyuk_set *)o)->used != 0;
    /* a deque's length sits where a list's does (deque.h) */
    default: return o->type->family != PYUK_T_DEQUE || ((pyuk_list *)o)->length != 0;
    }
}

pyuk_object *pyuk_word_to_object(pyuk_word w, pyuk_int kind)
{
    switch (kind) {
    case PYUK_KIND_INT: return pyuk_int_to_object((pyuk_int)w);
    case PYUK_KIND_FLOAT: return pyuk_float_to_object(as_double(w));
    case PYUK_KIND_BOOL: return pyuk_bool_to_object(w != 0);
    default: return (pyuk_object *)w;
    }
}

/* ---- errors ---- */

void pyuk_raise_key_error(pyuk_word key, pyuk_int kind)
{
    pyuk_object *arg = pyuk_word_to_object(key, kind);
    if (pyuk_current_exception)
        return;
    pyuk_exception *exc = pyuk_exception_new(&pyuk_type_KeyError, 1);
    if (!exc)
        return;
    pyuk_exception_set_arg(exc, 0, arg);
    pyuk_raise(exc);
}

void pyuk_raise_type_error(const char *message)
{
    pyuk_raise_message(&pyuk_type_TypeError, message);
}

/* isinstance(w, builtin type) by type family (bool is an int). */
bool pyuk_word_is_family(pyuk_word w, pyuk_int kind, pyuk_int family)
{
    unbox(&w, &kind);
    switch (kind) {
    case PYUK_KIND_INT: return family == PYUK_T_INT;
    case PYUK_KIND_BOOL: return family == PYUK_T_BOOL || family == PYUK_T_INT;
    case PYUK_KIND_FLOAT: return family == PYUK_T_FLOAT;
    default: break;
    }
    pyuk_object *o = (pyuk_object *)w;
    if (!o)
        return false;
    for (const pyuk_type *t = o->type; t; t = t->base)
        if (t->family == (uint32_t)family)
            return true;
    return false;
}

/* An empty container literal ([], {}, set()) gets the item kinds of the
 * type it is bound to: mypy typed the literal list[Never]. */
void pyuk_container_retype(pyuk_object *o, pyuk_int k1, pyuk_int k2)
{
    if (!o)
        return;
    switch (o->type->family) {
    case PYUK_T_LIST: {
        pyuk_list *l = (pyuk_list *)o;
        if (l->length == 0 && l->kind != k1) {
            l->kind = k1;
            l->items = NULL;
            l->capacity = 0;
        }
        break;
    }
    case PYUK_T_DICT: {
        pyuk_dict *d = (pyuk_dict *)o;
        if (d->nentries == 0) {
            d->key_kind = k1;
            d->value_kind = k2;
        }
        break;
    }
    case PYUK_T_SET: {
        pyuk_set *s = (pyuk_set *)o;
        if (s->fill == 0)
            s->kind = k1;
        break;
    }
    default:
        break;
    }
}
