/* type(x).__name__ for compiled code: the name CPython's messages use. */
#include <pyuk/object.h>
#include <pyuk/str.h>

pyuk_str *pyuk_type_name_of(pyuk_word w, pyuk_int kind)
{
    return pyuk_str_from_cstr(pyuk_word_type_name(w, kind));
}
