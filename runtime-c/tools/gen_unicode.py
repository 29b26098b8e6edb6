#!/usr/bin/env python3
"""Generates runtime-c/core/unicode_tables.c from CPython 3.11 itself.

Every table is derived from how CPython's own str methods behave on each
code point (c.isalpha(), c.upper(), the Final_Sigma rule of lower()...),
so the compiled program's str methods agree with the CPython that runs the
differential tests.  Run with CPython 3.11:

    python3 runtime-c/tools/gen_unicode.py > runtime-c/core/unicode_tables.c

Properties are sorted lists of range boundaries (a code point has the
property iff an odd number of boundaries are <= it), split into a uint16
table for the BMP and a uint32 table above it.  Case mappings are runs of
code points that map by the same offset with stride 1 or 2, plus a table
of the mappings to several code points (SpecialCasing).  Each table and
each function sits in its own section: a program links only those it uses.
"""

from __future__ import annotations

import re
import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11 (Unicode 14.0)"
N = 0x110000
SURROGATES = range(0xD800, 0xE000)


def chars():
    for c in range(N):
        if c not in SURROGATES:
            yield c


def cased(c: int) -> bool:
    ch = chr(c)
    return ch.islower() or ch.isupper() or unicodedata.category(ch) == "Lt"


def case_ignorable(c: int) -> bool:
    """Probed through lower()'s Final_Sigma rule (see the module doc)."""
    x = chr(c)
    if not cased(c):
        # "ΣxA": x is skipped (ignorable) -> a cased letter follows -> σ
        return ("AΣ" + x + "A").lower()[1] == "σ"
    # "xΣ": x skipped -> nothing cased before -> σ; else x is cased -> ς
    return (x + "Σ").lower()[-1] == "σ"


PROPERTIES = {
    "printable": lambda c: chr(c).isprintable(),
    "alpha": lambda c: chr(c).isalpha(),
    "decimal": lambda c: chr(c).isdecimal(),
    "digit": lambda c: chr(c).isdigit(),
    "numeric": lambda c: chr(c).isnumeric(),
    "lower": lambda c: chr(c).islower(),
    "upper": lambda c: chr(c).isupper(),
    "title": lambda c: unicodedata.category(chr(c)) == "Lt",
    "cased": cased,
    "caseignorable": case_ignorable,
}

# How each predicate treats ASCII, inlined in the function (no table read).
ASCII_TESTS = {
    "printable": "cp >= 0x20 && cp < 0x7F",
    "alpha": "((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')",
    "decimal": "cp >= '0' && cp <= '9'",
    "digit": "cp >= '0' && cp <= '9'",
    "numeric": "cp >= '0' && cp <= '9'",
    "lower": "cp >= 'a' && cp <= 'z'",
    "upper": "cp >= 'A' && cp <= 'Z'",
    "title": "false",
    "cased": "((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')",
    "caseignorable": "cp == '\\'' || cp == '.' || cp == ':' || cp == '^' || cp == '`'",
}


def boundaries(pred) -> list[int]:
    out: list[int] = []
    inside = False
    for c in range(N):
        has = c not in SURROGATES and pred(c)
        if has != inside:
            out.append(c)
            inside = has
    return out


def check_ascii(name: str, pred) -> None:
    expr = ASCII_TESTS[name].replace("&&", " and ").replace("||", " or ")
    expr = expr.replace("false", "False").replace("'\\''", "39")
    expr = re.sub(r"'(.)'", lambda m: str(ord(m.group(1))), expr)
    for c in range(128):
        want = pred(c)
        got = eval(expr, {"cp": c})  # noqa: S307 - our own constant text
        assert bool(got) == want, (name, c)


def emit_property(name: str, pred, out: list[str]) -> None:
    check_ascii(name, pred)
    b = boundaries(pred)
    bmp = [x for x in b if x < 0x10000]
    astral = [x for x in b if x >= 0x10000]
    # parity of the BMP part decides the state at 0x10000
    out.append(f"static const uint16_t {name}_bmp[{max(len(bmp), 1)}] = {{")
    out += wrap([str(x) for x in bmp] or ["0"])
    out.append("};")
    # above the BMP: the low 16 bits, and where each plane's entries start
    starts = [sum(1 for x in astral if x < (p + 1) << 16) for p in range(17)]
    out.append(f"static const uint16_t {name}_astral[{max(len(astral), 1)}] = {{")
    out += wrap([str(x & 0xFFFF) for x in astral] or ["0"])
    out.append("};")
    out.append(f"static const uint16_t {name}_planes[17] = {{")
    out += wrap([str(x) for x in starts])
    out.append("};")
    out.append(f"""
bool pyuk_uni_is{name}(uint32_t cp)
{{
    if (cp < 128)
        return {ASCII_TESTS[name]};
    if (cp < 0x10000)
        return in_table16({name}_bmp, {len(bmp)}, cp);
    return in_planes({name}_astral, {name}_planes, {len(bmp)}, cp);
}}
""")


def wrap(items: list[str], width: int = 76) -> list[str]:
    lines, line = [], "   "
    for item in items:
        if len(line) + len(item) + 2 > width:
            lines.append(line)
            line = "   "
        line += " " + item + ","
    lines.append(line)
    return lines


def case_runs(which: str) -> tuple[list[tuple[int, int, int, int]], list[tuple[int, str]]]:
    single: list[tuple[int, int]] = []
    multi: list[tuple[int, str]] = []
    for c in chars():
        r = getattr(chr(c), which)()
        if c == 0x3A3 and which == "lower":
            r = "\u03c3"  # Final_Sigma is handled in code
        if r == chr(c):
            continue
        if len(r) == 1:
            single.append((c, ord(r) - c))
        else:
            multi.append((c, r))
    runs: list[tuple[int, int, int, int]] = []
    i = 0
    while i < len(single):
        c, d = single[i]
        j, stride = i + 1, 0
        while j < len(single) and j - i < 255:
            c2, d2 = single[j]
            step = c2 - single[j - 1][0]
            if d2 != d:
                break
            if stride == 0 and step in (1, 2):
                stride = step
            elif step != stride:
                break
            j += 1
        runs.append((c, j - i, stride or 1, d))
        i = j
    return runs, multi


def emit_case(which: str, out: list[str]) -> None:
    runs, multi = case_runs(which)
    out.append(f"static const case_run {which}_runs[{len(runs)}] = {{")
    for c, n, s, _ in runs:
        assert c < 1 << 21 and s in (1, 2) and n < 256
    out += wrap([f"{{{c | (s - 1) << 21 | n << 22}u, {d}}}" for c, n, s, d in runs], 76)
    out.append("};")
    out.append(f"static const case_multi {which}_multi[{max(len(multi), 1)}] = {{")
    items = []
    for c, r in multi:
        assert len(r) <= 3
        cps = [ord(x) for x in r] + [0] * (3 - len(r))
        items.append(f"{{{c}, {{{cps[0]}, {cps[1]}, {cps[2]}}}}}")
    out += wrap(items or ["{0, {0, 0, 0}}"], 76)
    out.append("};")
    down = which in ("lower", "casefold")
    ascii_delta = "32" if down else "-32"
    lo, hi = ("'A'", "'Z'") if down else ("'a'", "'z'")
    out.append(f"""
int pyuk_uni_to_{which}(uint32_t cp, uint32_t out[3])
{{
    if (cp < 128) {{
        out[0] = cp >= {lo} && cp <= {hi} ? cp + ({ascii_delta}) : cp;
        return 1;
    }}
    for (size_t lo = 0, hi = {len(multi)}; lo < hi;) {{
        size_t mid = (lo + hi) / 2;
        if ({which}_multi[mid].cp == cp) {{
            int n = 0;
            while (n < 3 && {which}_multi[mid].to[n])
                out[n] = {which}_multi[mid].to[n], n++;
            return n;
        }}
        if ({which}_multi[mid].cp < cp)
            lo = mid + 1;
        else
            hi = mid;
    }}
    out[0] = cp + (uint32_t)find_run({which}_runs, {len(runs)}, cp);
    return 1;
}}
""")


HEADER = """/*
 * Unicode 14.0 character properties and case mappings, as CPython 3.11's
 * str methods see them.  GENERATED by runtime-c/tools/gen_unicode.py from
 * CPython itself: do not edit.
 */
#include <pyuk/unicode.h>

#include <stddef.h>

/* Sorted boundaries: cp has the property iff an odd number are <= cp. */
static bool in_table16(const uint16_t *t, size_t n, uint32_t cp)
{
    size_t lo = 0, hi = n;    /* count of entries <= cp */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (t[mid] <= cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo & 1;
}

/* Above the BMP: t holds the low 16 bits of the boundaries, plane p's in
 * [planes[p - 1], planes[p]); nbmp boundaries come before them. */
static bool in_planes(const uint16_t *t, const uint16_t *planes, size_t nbmp, uint32_t cp)
{
    uint32_t plane = cp >> 16;
    if (plane > 16)
        return false;
    size_t lo = planes[plane - 1], hi = planes[plane];
    uint32_t low = cp & 0xFFFF;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (t[mid] <= low)
            lo = mid + 1;
        else
            hi = mid;
    }
    return (nbmp + lo) & 1;
}

/* count code points from start, stride apart, map to cp + delta;
 * packed: start in bits 0-20, stride - 1 in bit 21, count in bits 22-29 */
typedef struct case_run {
    uint32_t packed;
    int32_t delta;
} case_run;

typedef struct case_multi {
    uint32_t cp;
    uint32_t to[3];
} case_multi;

static int32_t find_run(const case_run *runs, size_t n, uint32_t cp)
{
    size_t lo = 0, hi = n;    /* last run with start <= cp */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if ((runs[mid].packed & 0x1FFFFF) <= cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0)
        return 0;
    const case_run *r = &runs[lo - 1];
    uint32_t start = r->packed & 0x1FFFFF;
    uint32_t stride = ((r->packed >> 21) & 1) + 1, count = r->packed >> 22;
    uint32_t off = cp - start;
    if (off % stride || off / stride >= count)
        return 0;
    return r->delta;
}
"""


def main() -> None:
    out = [HEADER]
    for name, pred in PROPERTIES.items():
        emit_property(name, pred, out)
    emit_case("upper", out)
    emit_case("lower", out)
    emit_case("title", out)
    emit_case("casefold", out)
    sys.stdout.write("\n".join(out))


if __name__ == "__main__":
    main()
