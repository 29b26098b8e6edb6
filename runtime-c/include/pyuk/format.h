/*
 * format(value, spec), f"{value:spec}" and str.format(): CPython 3.11's
 * format specification mini-language for int, float, bool, str, None,
 * with its error messages.
 *
 *   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 *
 * The digits come from numfmt.h; this layer parses the spec and adds
 * sign, prefix, grouping, fill and alignment.
 */
#ifndef PYUK_FORMAT_H
#define PYUK_FORMAT_H

#include <pyuk/runtime.h>

typedef struct pyuk_format_spec {
    uint32_t fill;       /* code point, ' ' by default */
    char align;          /* 0 (default), '<', '>', '^', '=' */
    char sign;           /* 0, '+', '-', ' ' */
    bool no_neg_zero;    /* 'z' */
    bool alternate;      /* '#' */
    bool zero_pad;       /* '0' before the width */
    char grouping;       /* 0, ',', '_' */
    char type;           /* 0 or the type letter */
    pyuk_int width;      /* -1 when absent */
    pyuk_int precision;  /* -1 when absent */
} pyuk_format_spec;

/* Parses spec text; false with ValueError pending on a malformed spec
 * ("Invalid format specifier", "Too many decimal digits in format string",
 * "Cannot specify both ',' and '_'.", "Format specifier missing
 * precision"). */
bool pyuk_format_parse(pyuk_str *spec, pyuk_format_spec *out);

pyuk_str *pyuk_format_int(pyuk_int v, pyuk_str *spec);
pyuk_str *pyuk_format_float(pyuk_float v, pyuk_str *spec);
pyuk_str *pyuk_format_bool(bool v, pyuk_str *spec);
pyuk_str *pyuk_format_str(pyuk_str *s, pyuk_str *spec);
/* format(None, spec): "None" for an empty spec, else TypeError
 * "unsupported format string passed to NoneType.__format__". */
pyuk_str *pyuk_format_none(pyuk_str *spec);
/* format(x, spec) of a type without __format__ other than object's: the
 * text str(x) gives for an empty spec, else TypeError "unsupported format
 * string passed to <type>.__format__". */
pyuk_str *pyuk_format_default(pyuk_str *text, pyuk_str *spec, pyuk_str *type_name);

#endif
