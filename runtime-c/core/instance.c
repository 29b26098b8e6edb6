/*
 * Instances of compiled classes: protocol dispatch and the small helpers
 * compiled code calls (see instance.h and docs/classes.md).
 */
#include <pyuk/exceptions.h>
#include <pyuk/instance.h>
#include <pyuk/object.h>
#include <pyuk/str.h>

#include <stddef.h>

/* The compiler emits pyuk_type and pyuk_special_methods as LLVM constants
 * (compiler/pyuk/codegen/classes.py): these layouts are part of its ABI. */
_Static_assert(offsetof(pyuk_type, name) == 0, "pyuk_type layout");
_Static_assert(offsetof(pyuk_type, module) == 8, "pyuk_type layout");
_Static_assert(offsetof(pyuk_type, family) == 16, "pyuk_type layout");
_Static_assert(offsetof(pyuk_type, flags) == 20, "pyuk_type layout");
_Static_assert(offsetof(pyuk_type, base) == 24, "pyuk_type layout");
_Static_assert(offsetof(pyuk_type, size) == 32, "pyuk_type layout");
_Static_assert(offsetof(pyuk_type, nitem_kinds) == 36, "pyuk_type layout");
_Static_assert(offsetof(pyuk_type, trace) == 40, "pyuk_type layout");
_Static_assert(offsetof(pyuk_type, ptrmap) == 48, "pyuk_type layout");
_Static_assert(offsetof(pyuk_type, item_kinds) == 56, "pyuk_type layout");
_Static_assert(offsetof(pyuk_type, special) == 64, "pyuk_type layout");
_Static_assert(offsetof(pyuk_type, vtable) == 72, "pyuk_type layout");
_Static_assert(sizeof(pyuk_type) == 80, "pyuk_type layout");
_Static_assert(sizeof(pyuk_special_methods) == 5 * sizeof(void *),
               "pyuk_special_methods: update codegen/classes.py SPECIAL_HOOKS");
_Static_assert(offsetof(pyuk_special_methods, repr) == 0, "special layout");
_Static_assert(offsetof(pyuk_special_methods, str) == 8, "special layout");
_Static_assert(offsetof(pyuk_special_methods, eq) == 16, "special layout");
_Static_assert(offsetof(pyuk_special_methods, hash) == 24, "special layout");
_Static_assert(offsetof(pyuk_special_methods, lt) == 32, "special layout");
_Static_assert(sizeof(pyuk_class_info) == 7 * 8, "pyuk_class_info layout");
_Static_assert(sizeof(pyuk_field_info) == 16, "pyuk_field_info layout");
_Static_assert(sizeof(pyuk_exception) == 7 * 8, "pyuk_exception: EXCEPTION_HEADER_WORDS");

const void *pyuk_protocol_lookup(pyuk_object *obj, uint64_t selector)
{
    const pyuk_class_info *info = pyuk_class_info_of(obj->type);
    /* tables are short and sorted: a binary search over a handful */
    uint64_t lo = 0, hi = info->nprotocol;
    while (lo < hi) {
        uint64_t mid = (lo + hi) / 2;
        uint64_t s = info->protocol[mid].selector;
        if (s == selector)
            return info->protocol[mid].function;
        if (s < selector)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;  /* unreachable: the compiler proved the class conforms */
}

void pyuk_raise_negative_len(void)
{
    pyuk_raise_message(&pyuk_type_ValueError, "__len__() should return >= 0");
}

/* "unhashable type: 'Name'" (also used by dataclass.c) */
pyuk_int pyuk_instance_unhashable(pyuk_object *self)
{
    char message[160];
    static const char prefix[] = "unhashable type: '";
    size_t n = 0;
    for (const char *p = prefix; *p; p++)
        message[n++] = *p;
    for (const char *p = self->type->name; *p && n < sizeof message - 3; p++)
        message[n++] = *p;
    message[n++] = '\'';
    message[n] = 0;
    pyuk_raise_message(&pyuk_type_TypeError, message);
    return -1;
}

static void append(char *buf, size_t cap, size_t *n, const char *text)
{
    for (; *text && *n < cap - 1; text++)
        buf[(*n)++] = *text;
    buf[*n] = 0;
}

/* "'<' not supported between instances of 'A' and 'B'" */
void pyuk_raise_compare_type_error(pyuk_object *a, pyuk_object *b, pyuk_int op)
{
    static const char *const symbols[] = { "<", "<=", "==", "!=", ">", ">=" };
    char message[256];
    size_t n = 0;
    append(message, sizeof message, &n, "'");
    append(message, sizeof message, &n, symbols[op < 0 || op > 5 ? 0 : op]);
    append(message, sizeof message, &n, "' not supported between instances of '");
    append(message, sizeof message, &n, pyuk_word_type_name((pyuk_word)a, PYUK_KIND_OBJ));
    append(message, sizeof message, &n, "' and '");
    append(message, sizeof message, &n, pyuk_word_type_name((pyuk_word)b, PYUK_KIND_OBJ));
    append(message, sizeof message, &n, "'");
    pyuk_raise_message(&pyuk_type_TypeError, message);
}

/* "unsupported operand type(s) for +: 'A' and 'B'" */
void pyuk_raise_operand_type_error(pyuk_str *op, pyuk_object *a, pyuk_object *b)
{
    char message[256];
    size_t n = 0;
    append(message, sizeof message, &n, "unsupported operand type(s) for ");
    append(message, sizeof message, &n, op->data);
    append(message, sizeof message, &n, ": '");
    append(message, sizeof message, &n, pyuk_word_type_name((pyuk_word)a, PYUK_KIND_OBJ));
    append(message, sizeof message, &n, "' and '");
    append(message, sizeof message, &n, pyuk_word_type_name((pyuk_word)b, PYUK_KIND_OBJ));
    append(message, sizeof message, &n, "'");
    pyuk_raise_message(&pyuk_type_TypeError, message);
}

pyuk_str *pyuk_type_name_str(const pyuk_type *type)
{
    return pyuk_str_from_cstr(type->name);
}

bool pyuk_instance_eq(pyuk_object *a, pyuk_object *b)
{
    if (a && b && a->type != b->type && pyuk_is_subtype(b->type, a->type)) {
        /* CPython tries the right operand's reflected method first when
         * its class is a subclass that overrides it */
        bool (*fb)(pyuk_object *, pyuk_object *) =
            b->type->special ? b->type->special->eq : NULL;
        bool (*fa)(pyuk_object *, pyuk_object *) =
            a->type->special ? a->type->special->eq : NULL;
        if (fb && fb != fa)
            return fb(b, a);
    }
    /* no identity shortcut: == calls __eq__ even on the same object */
    if (a && a->type->family == PYUK_T_INSTANCE && a->type->special && a->type->special->eq)
        return a->type->special->eq(a, b);
    if (b && b->type->family == PYUK_T_INSTANCE && b->type->special && b->type->special->eq)
        return b->type->special->eq(b, a);
    return pyuk_word_eq((pyuk_word)a, PYUK_KIND_OBJ, (pyuk_word)b, PYUK_KIND_OBJ);
}
