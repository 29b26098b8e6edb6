/*
 * enum.IntEnum classes: each member is a static pyuk_box_int whose type is
 * the class (family PYUK_T_INT, base pyuk_type_int), so the runtime treats
 * it as the int it is; the class info lists the members and their names.
 */
#include <pyuk/exceptions.h>
#include <pyuk/instance.h>
#include <pyuk/str.h>
#include <pyuk/strbuf.h>

static const char *member_name(pyuk_object *member)
{
    const pyuk_class_info *info = pyuk_class_info_of(member->type);
    for (uint64_t i = 0; i < info->nmembers; i++)
        if (&info->members[i]->ob == member)
            return info->member_names[i];
    /* an alias (a member defined again with an earlier member's value) is
     * that member; values are unique otherwise */
    pyuk_int value = ((pyuk_box_int *)member)->value;
    for (uint64_t i = 0; i < info->nmembers; i++)
        if (info->members[i]->value == value)
            return info->member_names[i];
    return "?";
}

pyuk_str *pyuk_enum_repr(pyuk_object *self)
{
    pyuk_strbuf b;
    pyuk_strbuf_init(&b);
    pyuk_strbuf_add_ascii(&b, "<", 1);
    pyuk_strbuf_add_cstr(&b, self->type->name);
    pyuk_strbuf_add_ascii(&b, ".", 1);
    pyuk_strbuf_add_cstr(&b, member_name(self));
    pyuk_strbuf_add_ascii(&b, ": ", 2);
    pyuk_strbuf_add_int(&b, ((pyuk_box_int *)self)->value);
    pyuk_strbuf_add_ascii(&b, ">", 1);
    return pyuk_strbuf_finish(&b);
}

pyuk_str *pyuk_enum_str(pyuk_object *self)
{
    return pyuk_str_from_int(((pyuk_box_int *)self)->value);
}

/* str() of an enum.Enum member: Class.NAME */
pyuk_str *pyuk_enum_str_name(pyuk_object *self)
{
    pyuk_strbuf b;
    pyuk_strbuf_init(&b);
    pyuk_strbuf_add_cstr(&b, self->type->name);
    pyuk_strbuf_add_ascii(&b, ".", 1);
    pyuk_strbuf_add_cstr(&b, member_name(self));
    return pyuk_strbuf_finish(&b);
}

pyuk_str *pyuk_enum_name(pyuk_object *member)
{
    return pyuk_str_from_cstr(member_name(member));
}

pyuk_object *pyuk_enum_from_value(const pyuk_type *type, pyuk_int value)
{
    const pyuk_class_info *info = pyuk_class_info_of(type);
    for (uint64_t i = 0; i < info->nmembers; i++)
        if (info->members[i]->value == value)
            return (pyuk_object *)&info->members[i]->ob;
    pyuk_strbuf b;
    pyuk_strbuf_init(&b);
    pyuk_strbuf_add_int(&b, value);
    pyuk_strbuf_add_cstr(&b, " is not a valid ");
    pyuk_strbuf_add_cstr(&b, type->name);
    pyuk_str *text = pyuk_strbuf_finish(&b);
    if (!text)
        return NULL;
    pyuk_raise_message(&pyuk_type_ValueError, text->data);
    return NULL;
}

pyuk_object *pyuk_enum_member_at(const pyuk_type *type, pyuk_int i)
{
    return (pyuk_object *)&pyuk_class_info_of(type)->members[i]->ob;
}
