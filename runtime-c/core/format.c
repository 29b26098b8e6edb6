/*
 * The format specification mini-language (format.h) for int, bool, float,
 * str and None, following CPython 3.11's Python/formatter_unicode.c: the
 * same parse, the same checks in the same order, the same messages.
 */
#include <pyuk/exceptions.h>
#include <pyuk/format.h>
#include <pyuk/gc.h>
#include <pyuk/numfmt.h>
#include <pyuk/str.h>
#include <pyuk/strbuf.h>

/* ---- errors ---- */

static void raise_text(const pyuk_type *type, pyuk_strbuf *b)
{
    pyuk_str *text = pyuk_strbuf_finish(b);
    if (text)
        pyuk_raise_message(type, text->data);
}

static void raise_value(const char *message)
{
    pyuk_raise_message(&pyuk_type_ValueError, message);
}

static void add_code_char(pyuk_strbuf *b, uint32_t c)
{
    /* %c for printable ASCII, else \x%x (no padding), as CPython */
    if (c > 32 && c < 128) {
        pyuk_strbuf_add_char(b, c);
        return;
    }
    static const char hex[] = "0123456789abcdef";
    char buf[12];
    int n = 0;
    for (int shift = 28; shift >= 0; shift -= 4)
        if ((c >> shift) || n || shift == 0)
            buf[n++] = hex[(c >> shift) & 15];
    pyuk_strbuf_add_ascii(b, "\\x", 2);
    pyuk_strbuf_add_ascii(b, buf, (size_t)n);
}

static void unknown_type(uint32_t type, const char *type_name)
{
    pyuk_strbuf b;
    pyuk_strbuf_init(&b);
    pyuk_strbuf_add_cstr(&b, "Unknown format code '");
    add_code_char(&b, type);
    pyuk_strbuf_add_cstr(&b, "' for object of type '");
    pyuk_strbuf_add_cstr(&b, type_name);
    pyuk_strbuf_add_cstr(&b, "'");
    raise_text(&pyuk_type_ValueError, &b);
}

/* ---- parsing ---- */

typedef struct spec {
    uint32_t fill;
    uint32_t align;
    uint32_t sign;
    bool no_neg_0;
    bool alternate;
    char grouping;       /* 0, ',' or '_' */
    int every;           /* digits per group: 3, or 4 for '_' with b/o/x/X */
    uint32_t type;
    pyuk_int width;      /* -1: none */
    pyuk_int precision;  /* -1: none */
} spec;

static bool is_align(uint32_t c)
{
    return c == '<' || c == '>' || c == '=' || c == '^';
}

typedef struct cursor {
    const unsigned char *p;
    pyuk_int pos, size;
} cursor;

static uint32_t peek(const cursor *c, pyuk_int *len)
{
    int n;
    uint32_t cp = pyuk_utf8_decode(c->p + c->pos, &n);
    *len = n;
    return cp;
}

/* get_integer: -1 on overflow (ValueError raised), else digits consumed */
static int get_integer(cursor *c, pyuk_int *out)
{
    pyuk_int acc = 0;
    int consumed = 0;
    while (c->pos < c->size && c->p[c->pos] >= '0' && c->p[c->pos] <= '9') {
        int d = c->p[c->pos] - '0';
        if (acc > (INT64_MAX - d) / 10) {
            raise_value("Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + d;
        c->pos++;
        consumed = 1;
    }
    *out = acc;
    return consumed;
}

static bool parse(pyuk_str *text, uint32_t default_type, uint32_t default_align,
                  const char *type_name, spec *f)
{
    *f = (spec){ .fill = ' ', .align = default_align, .type = default_type,
                 .width = -1, .precision = -1, .every = 3 };
    cursor c = { (const unsigned char *)text->data, 0, text->size };
    bool fill_given = false, align_given = false;
    pyuk_int len0 = 0, len1 = 0;
    if (c.size > 0) {
        uint32_t c0 = peek(&c, &len0);
        uint32_t c1 = 0;
        if (len0 < c.size) {
            c.pos = len0;
            c1 = peek(&c, &len1);
            c.pos = 0;
        }
        if (len0 < c.size && is_align(c1)) {
            f->fill = c0;
            f->align = c1;
            fill_given = align_given = true;
            c.pos = len0 + len1;
        } else if (is_align(c0)) {
            f->align = c0;
            align_given = true;
            c.pos = len0;
        }
    }
    if (c.pos < c.size && (c.p[c.pos] == '+' || c.p[c.pos] == '-' || c.p[c.pos] == ' '))
        f->sign = c.p[c.pos++];
    if (c.pos < c.size && c.p[c.pos] == 'z') {
        f->no_neg_0 = true;
        c.pos++;
    }
    if (c.pos < c.size && c.p[c.pos] == '#') {
        f->alternate = true;
        c.pos++;
    }
    if (!fill_given && c.pos < c.size && c.p[c.pos] == '0') {
        f->fill = '0';
        if (!align_given && default_align == '>')
            f->align = '=';
        c.pos++;
    }
    int consumed = get_integer(&c, &f->width);
    if (consumed < 0)
        return false;
    if (!consumed)
        f->width = -1;
    if (c.pos < c.size && c.p[c.pos] == ',') {
        f->grouping = ',';
        c.pos++;
    }
    if (c.pos < c.size && c.p[c.pos] == '_') {
        if (f->grouping) {
            raise_value("Cannot specify both ',' and '_'.");
            return false;
        }
        f->grouping = '_';
        c.pos++;
    }
    if (c.pos < c.size && c.p[c.pos] == ',' && f->grouping == '_') {
        raise_value("Cannot specify both ',' and '_'.");
        return false;
    }
    if (c.pos < c.size && c.p[c.pos] == '.') {
        c.pos++;
        consumed = get_integer(&c, &f->precision);
        if (consumed < 0)
            return false;
        if (!consumed) {
            raise_value("Format specifier missing precision");
            return false;
        }
    }
    if (c.pos < c.size) {
        pyuk_int len;
        uint32_t t = peek(&c, &len);
        if (c.pos + len < c.size) {
            pyuk_strbuf b;
            pyuk_strbuf_init(&b);
            pyuk_strbuf_add_cstr(&b, "Invalid format specifier '");
            pyuk_strbuf_add_str(&b, text);
            pyuk_strbuf_add_cstr(&b, "' for object of type '");
            pyuk_strbuf_add_cstr(&b, type_name);
            pyuk_strbuf_add_cstr(&b, "'");
            raise_text(&pyuk_type_ValueError, &b);
            return false;
        }
        f->type = t;
    }
    if (f->grouping) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G':
        case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->grouping == '_') {
                f->every = 4;
                break;
            }
            /* fall through */
        default: {
            pyuk_strbuf b;
            pyuk_strbuf_init(&b);
            pyuk_strbuf_add_cstr(&b, "Cannot specify '");
            pyuk_strbuf_add_char(&b, (uint32_t)f->grouping);
            pyuk_strbuf_add_cstr(&b, "' with '");
            add_code_char(&b, f->type);
            pyuk_strbuf_add_cstr(&b, "'.");
            raise_text(&pyuk_type_ValueError, &b);
            return false;
        }
        }
    }
    return true;
}

bool pyuk_format_parse(pyuk_str *text, pyuk_format_spec *out)
{
    spec f;
    if (!parse(text, 0, 0, "object", &f))
        return false;
    *out = (pyuk_format_spec){
        .fill = f.fill, .align = (char)f.align, .sign = (char)f.sign,
        .no_neg_zero = f.no_neg_0, .alternate = f.alternate,
        .zero_pad = false, .grouping = f.grouping, .type = (char)f.type,
        .width = f.width, .precision = f.precision,
    };
    return true;
}

/* ---- layout ---- */

/* sign + prefix + body (ASCII), padded to the width with fill/align;
 * body is grouped (and zero-padded for '0=') when asked. */
static pyuk_str *layout_number(const spec *f, char sign, const char *prefix,
                               const char *body, size_t body_len)
{
    pyuk_strbuf b;
    pyuk_strbuf_init(&b);
    size_t nsign = sign ? 1 : 0, nprefix = 0;
    while (prefix[nprefix])
        nprefix++;
    pyuk_int width = f->width < 0 ? 0 : f->width;
    size_t min_width = 0;
    if (f->fill == '0' && f->align == '=' && width > (pyuk_int)(nsign + nprefix))
        min_width = (size_t)width - nsign - nprefix;
    /* the grouped body, in a scratch builder */
    pyuk_strbuf g;
    pyuk_strbuf_init(&g);
    if (f->grouping || min_width) {
        int every = f->grouping ? f->every : 0;
        size_t cap = body_len + body_len / 3 + min_width + 2;
        if (!pyuk_strbuf_reserve(&g, cap))
            return NULL;
        size_t n = pyuk_num_group(g.data, cap, body, body_len,
                                  f->grouping ? f->grouping : ',', every, min_width);
        g.size = n;
        g.length = (pyuk_int)n;
    } else {
        pyuk_strbuf_add_ascii(&g, body, body_len);
    }
    pyuk_int total = (pyuk_int)(nsign + nprefix + g.size);
    pyuk_int pad = width > total ? width - total : 0;
    pyuk_int left = 0, right = 0, middle = 0;
    switch (f->align) {
    case '<': right = pad; break;
    case '^': left = pad / 2; right = pad - left; break;
    case '=': middle = pad; break;
    default: left = pad; break;
    }
    pyuk_strbuf_add_fill(&b, f->fill, left);
    if (sign)
        pyuk_strbuf_add_ascii(&b, &sign, 1);
    pyuk_strbuf_add_ascii(&b, prefix, nprefix);
    pyuk_strbuf_add_fill(&b, f->fill, middle);
    if (g.failed)
        return NULL;
    pyuk_strbuf_add_ascii(&b, g.data, g.size);
    pyuk_strbuf_add_fill(&b, f->fill, right);
    return pyuk_strbuf_finish(&b);
}

/* text padded to the width with fill/align (str, 'c') */
static pyuk_str *layout_text(const spec *f, const char *data, size_t size,
                             pyuk_int length)
{
    pyuk_strbuf b;
    pyuk_strbuf_init(&b);
    pyuk_int pad = f->width > length ? f->width - length : 0;
    pyuk_int left = 0, right = 0;
    switch (f->align) {
    case '>': case '=': left = pad; break;
    case '^': left = pad / 2; right = pad - left; break;
    default: right = pad; break;
    }
    pyuk_strbuf_add_fill(&b, f->fill, left);
    pyuk_strbuf_add(&b, data, size, length);
    pyuk_strbuf_add_fill(&b, f->fill, right);
    return pyuk_strbuf_finish(&b);
}

/* ---- float ---- */

static pyuk_str *format_float_spec(double x, spec *f)
{
    if (f->precision > 0x7FFFFFFF) {
        raise_value("precision too big");
        return NULL;
    }
    uint32_t type = f->type;
    unsigned flags = (f->alternate ? PYUK_FMT_ALT : 0) | (f->no_neg_0 ? PYUK_FMT_NO_NEG_0 : 0);
    char small[400];
    char *buf = small;
    size_t n = pyuk_float_format(buf, sizeof small, x, (char)type,
                                 (int)f->precision, flags);
    if (n >= sizeof small) {
        pyuk_buffer *big = pyuk_alloc_buffer((n + 8) / 8, false);
        if (!big)
            return NULL;
        buf = (char *)big->data;
        n = pyuk_float_format(buf, n + 1, x, (char)type, (int)f->precision, flags);
    }
    char sign = 0;
    const char *body = buf;
    if (body[0] == '-') {
        sign = '-';
        body++;
        n--;
    } else if (f->sign == '+' || f->sign == ' ') {
        sign = (char)f->sign;
    }
    return layout_number(f, sign, "", body, n);
}

static bool is_float_type(uint32_t t)
{
    switch (t) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
    case 'n': case '%':
        return true;
    default:
        return false;
    }
}

pyuk_str *pyuk_format_float(pyuk_float x, pyuk_str *text)
{
    if (text->size == 0)
        return pyuk_str_from_float(x);
    spec f;
    if (!parse(text, 0, '>', "float", &f))
        return NULL;
    if (!is_float_type(f.type)) {
        unknown_type(f.type, "float");
        return NULL;
    }
    return format_float_spec(x, &f);
}

/* ---- int ---- */

static pyuk_str *format_int_as(pyuk_int v, pyuk_str *text, const char *type_name)
{
    spec f;
    if (!parse(text, 'd', '>', type_name, &f))
        return NULL;
    switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
        return format_float_spec((double)v, &f);
    default:
        unknown_type(f.type, type_name);
        return NULL;
    }
    if (f.precision != -1) {
        raise_value("Precision not allowed in integer format specifier");
        return NULL;
    }
    if (f.no_neg_0) {
        raise_value("Negative zero coercion (z) not allowed in integer format specifier");
        return NULL;
    }
    if (f.type == 'c') {
        if (f.sign) {
            raise_value("Sign not allowed with integer format specifier 'c'");
            return NULL;
        }
        if (f.alternate) {
            raise_value("Alternate form (#) not allowed with integer format specifier 'c'");
            return NULL;
        }
        if (v < 0 || v > 0x10FFFF) {
            pyuk_raise_message(&pyuk_type_OverflowError, "%c arg not in range(0x110000)");
            return NULL;
        }
        char buf[4];
        int n = pyuk_utf8_encode((uint32_t)v, buf);
        /* CPython lays 'c' out as a number ('=' pads after the sign) */
        return layout_text(&f, buf, (size_t)n, 1);
    }
    unsigned base = 10;
    const char *prefix = "";
    switch (f.type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    default: break;
    }
    if (!f.alternate)
        prefix = "";
    char digits[PYUK_INT_TEXT_SIZE];
    size_t n = pyuk_int_to_text(digits, v, base, f.type == 'X' ? PYUK_INT_UPPER : 0);
    char sign = 0;
    const char *body = digits;
    if (v < 0) {
        sign = '-';
        body++;
        n--;
    } else if (f.sign == '+' || f.sign == ' ') {
        sign = (char)f.sign;
    }
    return layout_number(&f, sign, prefix, body, n);
}

pyuk_str *pyuk_format_int(pyuk_int v, pyuk_str *text)
{
    if (text->size == 0)
        return pyuk_str_from_int(v);
    return format_int_as(v, text, "int");
}

pyuk_str *pyuk_format_bool(bool v, pyuk_str *text)
{
    if (text->size == 0)
        return pyuk_str_from_bool(v);
    return format_int_as(v, text, "bool");
}

/* ---- str ---- */

pyuk_str *pyuk_format_str(pyuk_str *s, pyuk_str *text)
{
    if (text->size == 0)
        return s;
    spec f;
    if (!parse(text, 's', '<', "str", &f))
        return NULL;
    if (f.type != 's') {
        unknown_type(f.type, "str");
        return NULL;
    }
    if (f.sign) {
        raise_value(f.sign == ' ' ? "Space not allowed in string format specifier"
                                  : "Sign not allowed in string format specifier");
        return NULL;
    }
    if (f.no_neg_0) {
        raise_value("Negative zero coercion (z) not allowed in string format specifier");
        return NULL;
    }
    if (f.alternate) {
        raise_value("Alternate form (#) not allowed in string format specifier");
        return NULL;
    }
    if (f.align == '=') {
        raise_value("'=' alignment not allowed in string format specifier");
        return NULL;
    }
    pyuk_int length = s->length, size = s->size;
    if (f.precision >= 0 && f.precision < length) {
        length = f.precision;
        size = pyuk_str_offset_of(s, length);
    }
    if (length == s->length && f.width <= length)
        return s;
    return layout_text(&f, s->data, (size_t)size, length);
}

/* ---- objects without a __format__ of their own ---- */

pyuk_str *pyuk_format_default(pyuk_str *text, pyuk_str *spec_text, pyuk_str *type_name)
{
    if (spec_text->size == 0)
        return text;
    pyuk_strbuf b;
    pyuk_strbuf_init(&b);
    pyuk_strbuf_add_cstr(&b, "unsupported format string passed to ");
    pyuk_strbuf_add_str(&b, type_name);
    pyuk_strbuf_add_cstr(&b, ".__format__");
    raise_text(&pyuk_type_TypeError, &b);
    return NULL;
}

pyuk_str *pyuk_format_none(pyuk_str *spec_text)
{
    if (spec_text->size == 0)
        return pyuk_str_none();
    pyuk_raise_message(&pyuk_type_TypeError,
                       "unsupported format string passed to NoneType.__format__");
    return NULL;
}
