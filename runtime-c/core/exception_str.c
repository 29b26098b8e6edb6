/*
 * str(e) and repr(e) of exceptions, as CPython's BaseException, KeyError and
 * OSError compute them:
 *
 *   args ()          str ""            repr ValueError()
 *   args ('bad',)    str bad           repr ValueError('bad')
 *   args (1, 'x')    str (1, 'x')      repr ValueError(1, 'x')
 *   KeyError('k')    str 'k'           (the repr of the key)
 *   OSError(2, 'x')  str [Errno 2] x
 *
 * Text is built in two passes over the same writer: one counts the bytes,
 * the second fills a str allocated to that size.
 */
#include <pyuk/exceptions.h>
#include <pyuk/numfmt.h>
#include <pyuk/str.h>
#include <pyuk/tuple.h>

typedef struct text {
    char *out;   /* NULL while counting */
    size_t size;
    bool failed; /* an object's own str/repr raised */
} text;

static void put(text *t, const char *data, size_t len)
{
    if (t->out)
        for (size_t i = 0; i < len; i++)
            t->out[t->size + i] = data[i];
    t->size += len;
}

static void put_cstr(text *t, const char *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    put(t, s, n);
}

static void put_pyuk_str(text *t, pyuk_str *s)
{
    put(t, s->data, (size_t)s->size);
}

/* Code points that repr() escapes besides ASCII controls: C1 controls,
 * NO-BREAK SPACE and SOFT HYPHEN.  (The full Unicode printable table is the
 * str module's; these are the ones an exception message meets.) */
static bool latin1_unprintable(uint32_t cp)
{
    return (cp >= 0x80 && cp <= 0xA0) || cp == 0xAD;
}

static const char hexdigits[] = "0123456789abcdef";

static void put_str_repr(text *t, pyuk_str *s)
{
    bool has_single = false, has_double = false;
    for (pyuk_int i = 0; i < s->size; i++) {
        has_single |= s->data[i] == '\'';
        has_double |= s->data[i] == '"';
    }
    char quote = has_single && !has_double ? '"' : '\'';
    put(t, &quote, 1);
    const unsigned char *p = (const unsigned char *)s->data;
    for (pyuk_int i = 0; i < s->size; i++) {
        unsigned char c = p[i];
        char esc[4] = { '\\', 0, 0, 0 };
        if (c == (unsigned char)quote || c == '\\') {
            esc[1] = (char)c;
            put(t, esc, 2);
        } else if (c == '\n' || c == '\r' || c == '\t') {
            esc[1] = c == '\n' ? 'n' : c == '\r' ? 'r' : 't';
            put(t, esc, 2);
        } else if (c < 0x20 || c == 0x7f) {
            esc[1] = 'x';
            esc[2] = hexdigits[c >> 4];
            esc[3] = hexdigits[c & 15];
            put(t, esc, 4);
        } else if (c == 0xC2 && i + 1 < s->size &&
                   latin1_unprintable(0x80u | (p[i + 1] & 0x3Fu))) {
            uint32_t cp = 0x80u | (p[i + 1] & 0x3Fu);
            esc[1] = 'x';
            esc[2] = hexdigits[cp >> 4];
            esc[3] = hexdigits[cp & 15];
            put(t, esc, 4);
            i++;
        } else {
            put(t, (const char *)&p[i], 1);
        }
    }
    put(t, &quote, 1);
}

static void put_repr(text *t, pyuk_object *obj);

static void put_tuple_repr(text *t, pyuk_tuple *tuple)
{
    put(t, "(", 1);
    for (pyuk_int i = 0; i < tuple->length; i++) {
        if (i)
            put(t, ", ", 2);
        pyuk_kind kind = pyuk_tuple_item_kind(tuple->ob.type, i);
        pyuk_word w = tuple->items[i];
        if (kind == PYUK_KIND_OBJ) {
            put_repr(t, (pyuk_object *)w);
        } else if (kind == PYUK_KIND_INT) {
            char buf[PYUK_INT_TEXT_SIZE];
            put(t, buf, pyuk_int_to_text(buf, (int64_t)w, 10, 0));
        } else if (kind == PYUK_KIND_FLOAT) {
            char buf[PYUK_FLOAT_REPR_SIZE];
            double x;
            __builtin_memcpy(&x, &w, sizeof x);
            put(t, buf, pyuk_float_repr(buf, x));
        } else {
            put_cstr(t, w ? "True" : "False");
        }
    }
    if (tuple->length == 1)
        put(t, ",", 1);
    put(t, ")", 1);
}

/* The result of an object's own str/repr hook. */
static void put_hook(text *t, pyuk_str *(*hook)(pyuk_object *), pyuk_object *obj)
{
    pyuk_str *s = hook(obj);
    if (!s) {
        t->failed = true;
        return;
    }
    put_pyuk_str(t, s);
}

static void put_repr(text *t, pyuk_object *obj)
{
    if (!obj) {
        put_cstr(t, "None");
        return;
    }
    const pyuk_type *type = obj->type;
    switch (type->family) {
    case PYUK_T_BOOL:
        put_cstr(t, ((pyuk_box_bool *)obj)->value ? "True" : "False");
        return;
    case PYUK_T_INT: {
        char buf[PYUK_INT_TEXT_SIZE];
        put(t, buf, pyuk_int_to_text(buf, ((pyuk_box_int *)obj)->value, 10, 0));
        return;
    }
    case PYUK_T_FLOAT: {
        char buf[PYUK_FLOAT_REPR_SIZE];
        put(t, buf, pyuk_float_repr(buf, ((pyuk_box_float *)obj)->value));
        return;
    }
    case PYUK_T_STR:
        put_str_repr(t, (pyuk_str *)obj);
        return;
    case PYUK_T_TUPLE:
        put_tuple_repr(t, (pyuk_tuple *)obj);
        return;
    default:
        break;
    }
    if (type->special && type->special->repr) {
        put_hook(t, type->special->repr, obj);
        return;
    }
    put_cstr(t, "<");
    if (type->module) {
        put_cstr(t, type->module);
        put(t, ".", 1);
    }
    put_cstr(t, type->name);
    put_cstr(t, " object>");
}

static void put_str(text *t, pyuk_object *obj)
{
    if (obj && obj->type->family == PYUK_T_STR) {
        put_pyuk_str(t, (pyuk_str *)obj);
        return;
    }
    if (obj && obj->type->special && obj->type->special->str) {
        put_hook(t, obj->type->special->str, obj);
        return;
    }
    put_repr(t, obj);
}

static pyuk_tuple *args_of(pyuk_object *exc)
{
    return (pyuk_tuple *)((pyuk_exception *)exc)->args;
}

static pyuk_int nargs(pyuk_object *exc)
{
    pyuk_tuple *args = args_of(exc);
    return args ? args->length : 0;
}

static pyuk_object *arg(pyuk_object *exc, pyuk_int i)
{
    return (pyuk_object *)args_of(exc)->items[i];
}

static void put_exception_str(text *t, pyuk_object *exc)
{
    pyuk_int n = nargs(exc);
    if (n == 1)
        put_str(t, arg(exc, 0));
    else if (n > 1)
        put_tuple_repr(t, args_of(exc));
}

static void put_exception_repr(text *t, pyuk_object *exc)
{
    put_cstr(t, exc->type->name);
    if (nargs(exc) == 1) {
        put(t, "(", 1);
        put_repr(t, arg(exc, 0));
        put(t, ")", 1);
    } else if (nargs(exc) == 0) {
        put(t, "()", 2);
    } else {
        put_tuple_repr(t, args_of(exc));
    }
}

static void put_key_error_str(text *t, pyuk_object *exc)
{
    if (nargs(exc) == 1)
        put_repr(t, arg(exc, 0));
    else
        put_exception_str(t, exc);
}

static void put_os_error_str(text *t, pyuk_object *exc)
{
    if (nargs(exc) != 2) {
        put_exception_str(t, exc);
        return;
    }
    put_cstr(t, "[Errno ");
    put_str(t, arg(exc, 0));
    put_cstr(t, "] ");
    put_str(t, arg(exc, 1));
}

typedef void (*writer_fn)(text *t, pyuk_object *obj);

static pyuk_str *build(writer_fn write, pyuk_object *obj)
{
    text count = { 0 };
    write(&count, obj);
    if (count.failed)
        return NULL;
    pyuk_str *s = pyuk_str_alloc(0, (pyuk_int)count.size);
    if (!s)
        return NULL;
    text fill = { .out = s->data };
    write(&fill, obj);
    if (fill.failed)
        return NULL;
    s->length = pyuk_utf8_length(s->data, (size_t)s->size);
    return s;
}

pyuk_str *pyuk_exception_str(pyuk_object *exc)
{
    return build(put_exception_str, exc);
}

pyuk_str *pyuk_exception_repr(pyuk_object *exc)
{
    return build(put_exception_repr, exc);
}

pyuk_str *pyuk_key_error_str(pyuk_object *exc)
{
    return build(put_key_error_str, exc);
}

pyuk_str *pyuk_os_error_str(pyuk_object *exc)
{
    return build(put_os_error_str, exc);
}

pyuk_object *pyuk_system_exit_code(pyuk_exception *exc)
{
    pyuk_int n = nargs(&exc->ob);
    if (n == 0)
        return NULL;
    if (n == 1)
        return arg(&exc->ob, 0);
    return exc->args;
}
