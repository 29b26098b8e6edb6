/* typing.NamedTuple classes: tuples whose type carries the field names. */
#include <pyuk/exceptions.h>
#include <pyuk/instance.h>
#include <pyuk/object.h>
#include <pyuk/strbuf.h>
#include <pyuk/tuple.h>

pyuk_str *pyuk_namedtuple_repr(pyuk_object *self)
{
    if ((uintptr_t)__builtin_frame_address(0) < pyuk_stack_limit) {
        pyuk_raise_recursion();
        return NULL;
    }
    pyuk_tuple *t = (pyuk_tuple *)self;
    const pyuk_class_info *info = pyuk_class_info_of(self->type);
    pyuk_strbuf b;
    pyuk_strbuf_init(&b);
    pyuk_strbuf_add_cstr(&b, self->type->name);
    pyuk_strbuf_add_ascii(&b, "(", 1);
    for (uint64_t i = 0; info && i < info->nfields && (pyuk_int)i < t->length; i++) {
        if (i)
            pyuk_strbuf_add_ascii(&b, ", ", 2);
        pyuk_strbuf_add_cstr(&b, info->fields[i].name);
        pyuk_strbuf_add_ascii(&b, "=", 1);
        pyuk_strbuf_add_word_repr(&b, t->items[i],
                                  pyuk_tuple_item_kind(self->type, (pyuk_int)i));
        if (pyuk_current_exception)
            return NULL;
    }
    pyuk_strbuf_add_ascii(&b, ")", 1);
    return pyuk_strbuf_finish(&b);
}
