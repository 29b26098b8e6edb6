/*
 * The methods @dataclass generates, as CPython 3.11 writes them, over the
 * field table of the class info (instance.h): __repr__, __eq__, the order
 * methods and the __hash__ of frozen classes.
 */
#include <pyuk/exceptions.h>
#include <pyuk/hash.h>
#include <pyuk/instance.h>
#include <pyuk/object.h>
#include <pyuk/str.h>
#include <pyuk/strbuf.h>

#include "object_internal.h"

static pyuk_str *dataclass_repr(pyuk_object *self);

static pyuk_word field_word(pyuk_object *obj, const pyuk_field_info *f)
{
    return ((pyuk_word *)(obj + 1))[f->slot];
}

/* Deep structures raise RecursionError instead of overflowing the stack
 * (CPython's repr would hit its recursion limit). */
static bool stack_exhausted(void)
{
    if ((uintptr_t)__builtin_frame_address(0) < pyuk_stack_limit) {
        pyuk_raise_recursion();
        return true;
    }
    return false;
}

pyuk_str *pyuk_dataclass_repr(pyuk_object *self)
{
    if (stack_exhausted())
        return NULL;
    /* the generated __repr__ is wrapped in reprlib.recursive_repr */
    if (!pyuk_repr_enter(self))
        return pyuk_str_from_cstr("...");
    pyuk_str *text = dataclass_repr(self);
    pyuk_repr_leave();
    return text;
}

static pyuk_str *dataclass_repr(pyuk_object *self)
{
    const pyuk_class_info *info = pyuk_class_info_of(self->type);
    pyuk_strbuf b;
    pyuk_strbuf_init(&b);
    pyuk_strbuf_add_cstr(&b, self->type->name);
    pyuk_strbuf_add_ascii(&b, "(", 1);
    bool first = true;
    for (uint64_t i = 0; info && i < info->nfields; i++) {
        const pyuk_field_info *f = &info->fields[i];
        if (f->kind & PYUK_FIELD_NO_REPR)
            continue;
        if (!first)
            pyuk_strbuf_add_ascii(&b, ", ", 2);
        first = false;
        pyuk_strbuf_add_cstr(&b, f->name);
        pyuk_strbuf_add_ascii(&b, "=", 1);
        pyuk_strbuf_add_word_repr(&b, field_word(self, f), PYUK_FIELD_KIND(f));
        if (pyuk_current_exception)
            return NULL;
    }
    pyuk_strbuf_add_ascii(&b, ")", 1);
    return pyuk_strbuf_finish(&b);
}

/* Item-wise equality as tuple comparison does it: identity, then ==. */
static bool fields_equal(pyuk_object *a, pyuk_object *b, const pyuk_field_info *f)
{
    pyuk_word x = field_word(a, f), y = field_word(b, f);
    pyuk_int kind = PYUK_FIELD_KIND(f);
    if (x == y && kind != PYUK_KIND_FLOAT)
        return true;
    return pyuk_word_eq(x, kind, y, kind);
}

bool pyuk_dataclass_eq(pyuk_object *self, pyuk_object *other)
{
    if (self == other)
        return true;
    if (stack_exhausted())
        return false;
    /* other.__class__ is self.__class__, else NotImplemented: the
     * reflected __eq__ gives NotImplemented too, and == falls back to
     * identity */
    if (!other || other->type != self->type)
        return false;
    const pyuk_class_info *info = pyuk_class_info_of(self->type);
    for (uint64_t i = 0; info && i < info->nfields; i++) {
        if (info->fields[i].kind & PYUK_FIELD_NO_COMPARE)
            continue;
        bool equal = fields_equal(self, other, &info->fields[i]);
        if (pyuk_current_exception || !equal)
            return false;
    }
    return true;
}

bool pyuk_dataclass_compare(pyuk_object *self, pyuk_object *other, pyuk_int op)
{
    if (!other || other->type != self->type) {
        pyuk_raise_compare_type_error(self, other, op);
        return false;
    }
    const pyuk_class_info *info = pyuk_class_info_of(self->type);
    uint64_t n = info ? info->nfields : 0;
    for (uint64_t i = 0; i < n; i++) {
        const pyuk_field_info *f = &info->fields[i];
        if (f->kind & PYUK_FIELD_NO_COMPARE)
            continue;
        bool equal = fields_equal(self, other, f);
        if (pyuk_current_exception)
            return false;
        if (!equal)
            return pyuk_word_compare(field_word(self, f), PYUK_FIELD_KIND(f),
                                     field_word(other, f), PYUK_FIELD_KIND(f), op);
    }
    /* all fields equal: compare the lengths, which are equal */
    return op == PYUK_LE || op == PYUK_GE || op == PYUK_EQ;
}

bool pyuk_dataclass_lt(pyuk_object *self, pyuk_object *other)
{
    return pyuk_dataclass_compare(self, other, PYUK_LT);
}

pyuk_int pyuk_dataclass_hash(pyuk_object *self)
{
    if (stack_exhausted())
        return -1;
    const pyuk_class_info *info = pyuk_class_info_of(self->type);
    uint64_t n = info ? info->nfields : 0;
    uint64_t acc = pyuk_tuple_hash_begin();
    pyuk_int hashed = 0;
    for (uint64_t i = 0; i < n; i++) {
        const pyuk_field_info *f = &info->fields[i];
        if (f->kind & PYUK_FIELD_NO_COMPARE)
            continue;
        pyuk_int h = pyuk_word_hash(field_word(self, f), PYUK_FIELD_KIND(f));
        if (pyuk_current_exception)
            return -1;
        acc = pyuk_tuple_hash_add(acc, h);
        hashed++;
    }
    return pyuk_tuple_hash_end(acc, hashed);
}
