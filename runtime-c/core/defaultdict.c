/*
 * collections.defaultdict: a dict whose type's __missing__ (vtable[0],
 * called by dict.c on an absent key) makes the factory's value, inserts it
 * and returns it.  The factory is one of the builtin types pyuk knows
 * (int, float, bool, str: their zero; list, dict, set: a new empty one of
 * the kinds the compiler gives) or a compiled function value (a lambda, a
 * function, or a wrapper that calls a class's constructor) called through
 * its closure with no argument.  Everything else is the dict's.
 */
#include <pyuk/containers.h>
#include <pyuk/exceptions.h>
#include <pyuk/function.h>
#include <pyuk/gc.h>
#include <pyuk/object.h>
#include <pyuk/str.h>
#include <pyuk/strbuf.h>

#include "object_internal.h"

enum {
    FACTORY_FUNCTION = 0,   /* <function qualname at 0x...> */
    FACTORY_CLASS = 1,      /* <class 'module.Name'> */
    FACTORY_INT = 2,
    FACTORY_FLOAT = 3,
    FACTORY_BOOL = 4,
    FACTORY_STR = 5,
    FACTORY_LIST = 6,
    FACTORY_DICT = 7,
    FACTORY_SET = 8,
    FACTORY_NONE = 9,       /* defaultdict(None): KeyError */
};

typedef struct pyuk_defaultdict {
    pyuk_dict d;
    pyuk_int factory;         /* FACTORY_* */
    pyuk_int kind_a, kind_b;  /* list/set item kind; dict key and value kinds */
    pyuk_closure *call;       /* FUNCTION, CLASS */
    pyuk_str *name;           /* FUNCTION: qualified name; CLASS: 'module.Name' */
} pyuk_defaultdict;

static void trace_defaultdict(pyuk_object *obj, pyuk_visit_fn visit)
{
    pyuk_defaultdict *dd = (pyuk_defaultdict *)obj;
    pyuk_trace_dict(obj, visit);
    if (dd->call)
        visit(&dd->call->ob);
    if (dd->name)
        visit(&dd->name->ob);
}

static pyuk_word make_value(pyuk_defaultdict *dd)
{
    pyuk_int vk = dd->d.value_kind;
    switch (dd->factory) {
    case FACTORY_INT:
    case FACTORY_BOOL:
    case FACTORY_FLOAT:
        return 0;   /* 0, False and 0.0 are the zero word */
    case FACTORY_STR:
        return (pyuk_word)pyuk_str_empty();
    case FACTORY_LIST:
        return (pyuk_word)pyuk_list_new(dd->kind_a, 0);
    case FACTORY_DICT:
        return (pyuk_word)pyuk_dict_new(dd->kind_a, dd->kind_b);
    case FACTORY_SET:
        return (pyuk_word)pyuk_set_new(dd->kind_a);
    default:
        break;
    }
    pyuk_closure *c = dd->call;
    switch (vk) {
    case PYUK_KIND_INT:
        return (pyuk_word)((pyuk_int (*)(pyuk_closure *))c->code)(c);
    case PYUK_KIND_FLOAT: {
        union { double f; pyuk_word w; } u;
        u.f = ((double (*)(pyuk_closure *))c->code)(c);
        return u.w;
    }
    case PYUK_KIND_BOOL:
        return ((bool (*)(pyuk_closure *))c->code)(c) ? 1 : 0;
    default:
        return (pyuk_word)((void *(*)(pyuk_closure *))c->code)(c);
    }
}

/* __missing__: value = factory(); d[key] = value; return value */
static pyuk_word missing(pyuk_dict *d, pyuk_word key, pyuk_int kind)
{
    if (((pyuk_defaultdict *)d)->factory == FACTORY_NONE) {
        pyuk_raise_key_error(key, kind);
        return 0;
    }
    pyuk_word value = make_value((pyuk_defaultdict *)d);
    if (pyuk_current_exception)
        return 0;
    /* the key takes the dict's kind (an int key of a float-keyed dict) */
    pyuk_word stored = key;
    if (kind != d->key_kind) {
        if (d->key_kind == PYUK_KIND_FLOAT && kind == PYUK_KIND_INT) {
            union { double f; pyuk_word w; } u = { .f = (double)(pyuk_int)key };
            stored = u.w;
        } else if (d->key_kind == PYUK_KIND_OBJ) {
            stored = (pyuk_word)pyuk_word_to_object(key, kind);
            if (pyuk_current_exception)
                return 0;
        }
    }
    pyuk_dict_setitem(d, stored, value);
    if (pyuk_current_exception)
        return 0;
    return value;
}

static void add_factory(pyuk_strbuf *b, pyuk_defaultdict *dd)
{
    static const char *const builtin[] = {
        [FACTORY_INT] = "int", [FACTORY_FLOAT] = "float", [FACTORY_BOOL] = "bool",
        [FACTORY_STR] = "str", [FACTORY_LIST] = "list", [FACTORY_DICT] = "dict",
        [FACTORY_SET] = "set",
    };
    if (dd->factory == FACTORY_NONE) {
        pyuk_strbuf_add_ascii(b, "None", 4);
        return;
    }
    if (dd->factory == FACTORY_FUNCTION) {
        pyuk_strbuf_add_cstr(b, "<function ");
        pyuk_strbuf_add_str(b, dd->name);
        pyuk_strbuf_add_cstr(b, " at ");
        pyuk_strbuf_add_address(b, dd->call);
        pyuk_strbuf_add_ascii(b, ">", 1);
        return;
    }
    pyuk_strbuf_add_cstr(b, "<class '");
    if (dd->factory == FACTORY_CLASS)
        pyuk_strbuf_add_str(b, dd->name);
    else
        pyuk_strbuf_add_cstr(b, builtin[dd->factory]);
    pyuk_strbuf_add_cstr(b, "'>");
}

static pyuk_str *defaultdict_repr(pyuk_object *self)
{
    pyuk_defaultdict *dd = (pyuk_defaultdict *)self;
    pyuk_strbuf b;
    pyuk_strbuf_init(&b);
    pyuk_strbuf_add_cstr(&b, "defaultdict(");
    add_factory(&b, dd);
    pyuk_strbuf_add_ascii(&b, ", ", 2);
    if (pyuk_repr_enter(self)) {
        pyuk_strbuf_add_container_repr(&b, self);   /* as a dict */
        pyuk_repr_leave();
    } else {
        pyuk_strbuf_add_cstr(&b, "...");
    }
    pyuk_strbuf_add_ascii(&b, ")", 1);
    return pyuk_strbuf_finish(&b);
}

static const pyuk_special_methods defaultdict_special = {
    .repr = defaultdict_repr,
    .str = defaultdict_repr,
};

static const void *const defaultdict_vtable[] = { (const void *)missing };

const pyuk_type pyuk_type_defaultdict = {
    .name = "defaultdict",
    .module = "collections",
    .family = PYUK_T_DICT,
    .base = &pyuk_type_dict,
    .size = sizeof(pyuk_defaultdict),
    .trace = trace_defaultdict,
    .special = &defaultdict_special,
    .vtable = defaultdict_vtable,
};

pyuk_dict *pyuk_defaultdict_new(pyuk_int key_kind, pyuk_int value_kind, pyuk_int factory,
                                pyuk_int kind_a, pyuk_int kind_b, pyuk_object *call,
                                pyuk_str *name)
{
    pyuk_defaultdict *dd = (pyuk_defaultdict *)pyuk_alloc(&pyuk_type_defaultdict,
                                                          sizeof(pyuk_defaultdict));
    if (!dd)
        return NULL;
    dd->d.key_kind = key_kind;
    dd->d.value_kind = value_kind;
    dd->factory = factory;
    dd->kind_a = kind_a;
    dd->kind_b = kind_b;
    dd->call = (pyuk_closure *)call;
    dd->name = name;
    return &dd->d;
}

/* d.copy(): a defaultdict with the same factory */
pyuk_dict *pyuk_defaultdict_copy(pyuk_dict *d)
{
    pyuk_defaultdict *dd = (pyuk_defaultdict *)d;
    pyuk_dict *c = pyuk_defaultdict_new(d->key_kind, d->value_kind, dd->factory, dd->kind_a,
                                        dd->kind_b, (pyuk_object *)dd->call, dd->name);
    if (c)
        pyuk_dict_update(c, d);
    return c;
}
