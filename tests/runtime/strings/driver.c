#define _GNU_SOURCE
/*
 * Hosted test driver for the str/bytes runtime (tests/runtime/
 * test_strings.py compares every answer with CPython).  One command per
 * line on stdin, one answer per line on stdout.  Text travels as the hex
 * of its UTF-8 bytes ("-" for empty, "~" for None), numbers in decimal,
 * doubles as the hex of their bits.
 *
 * Answers: "S <hex>" (str), "B <hex>" (bytes), "I <n>", "T"/"F", "D <bits>",
 * "L <hex> <hex> ..." (list of str), "E <ExceptionName> <hex message>".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pyuk/bytes.h>
#include <pyuk/containers.h>
#include <pyuk/exceptions.h>
#include <pyuk/format.h>
#include <pyuk/gc.h>
#include <pyuk/hash.h>
#include <pyuk/str.h>
#include <pyuk/tuple.h>
#include <pyuk/unicode.h>

/* Heap copies with no slack after the data, so overruns trip ASan... the
 * runtime's objects come from the collector, which ASan does not see, so
 * inputs are also checked with exact-size malloc'd copies where the API
 * takes raw pointers. */
static pyuk_str *arg_str(const char *hex)
{
    if (!strcmp(hex, "~"))
        return NULL;
    if (!strcmp(hex, "-"))
        return pyuk_str_empty();
    size_t n = strlen(hex) / 2;
    char *buf = malloc(n);
    for (size_t i = 0; i < n; i++) {
        unsigned v;
        sscanf(hex + 2 * i, "%2x", &v);
        buf[i] = (char)v;
    }
    pyuk_str *s = pyuk_str_from_utf8(buf, n);
    free(buf);
    return s;
}

static pyuk_bytes *arg_bytes(const char *hex)
{
    pyuk_str *s = arg_str(hex);
    return pyuk_bytes_from_data(s->data, (size_t)s->size);
}

static long long arg_int(const char *text)
{
    return strtoll(text, NULL, 10);
}

static void put_hex(const char *data, pyuk_int n)
{
    if (n == 0) {
        fputs("-", stdout);
        return;
    }
    for (pyuk_int i = 0; i < n; i++)
        printf("%02x", (unsigned char)data[i]);
}

static bool report_error(void)
{
    if (!pyuk_current_exception)
        return false;
    pyuk_exception *exc = (pyuk_exception *)pyuk_current_exception;
    pyuk_current_exception = NULL;
    printf("E %s ", exc->ob.type->name);
    pyuk_tuple *args = (pyuk_tuple *)exc->args;
    if (args && args->length == 1) {
        pyuk_str *m = (pyuk_str *)args->items[0];
        put_hex(m->data, m->size);
    } else {
        fputs("-", stdout);
    }
    putchar('\n');
    return true;
}

static void check_str(pyuk_str *s)
{
    /* the invariants every str keeps */
    if (s->data[s->size] != 0 || pyuk_utf8_length(s->data, (size_t)s->size) != s->length) {
        printf("BROKEN str invariant\n");
        exit(3);
    }
    size_t start, len;
    const char *reason;
    if (!pyuk_utf8_check(s->data, (size_t)s->size, &start, &len, &reason)) {
        printf("BROKEN utf8\n");
        exit(3);
    }
}

static void out_str(pyuk_str *s)
{
    if (report_error())
        return;
    check_str(s);
    fputs("S ", stdout);
    put_hex(s->data, s->size);
    putchar('\n');
}

static void out_bytes(pyuk_bytes *b)
{
    if (report_error())
        return;
    fputs("B ", stdout);
    put_hex(b->data, b->size);
    putchar('\n');
}

static void out_int(long long v)
{
    if (report_error())
        return;
    printf("I %lld\n", v);
}

static void out_bool(bool v)
{
    if (report_error())
        return;
    puts(v ? "T" : "F");
}

static void out_list(pyuk_list *l)
{
    if (report_error())
        return;
    fputs("L", stdout);
    for (pyuk_int i = 0; i < l->length; i++) {
        pyuk_str *s = (pyuk_str *)l->items[i];
        check_str(s);
        putchar(' ');
        put_hex(s->data, s->size);
    }
    putchar('\n');
}

static pyuk_list *arg_list(const char *text)
{
    /* comma-separated hex items; "." is the empty list */
    pyuk_list *l = pyuk_list_new(PYUK_KIND_OBJ, 0);
    if (!strcmp(text, "."))
        return l;
    char *copy = strdup(text);
    for (char *tok = strtok(copy, ","); tok; tok = strtok(NULL, ","))
        pyuk_list_append(l, (pyuk_word)arg_str(tok));
    free(copy);
    return l;
}

typedef bool (*pred_fn)(pyuk_str *);
typedef pyuk_str *(*map_fn)(pyuk_str *);

static const struct { const char *name; pred_fn fn; } preds[] = {
    { "isalpha", pyuk_str_isalpha }, { "isdigit", pyuk_str_isdigit },
    { "isdecimal", pyuk_str_isdecimal }, { "isnumeric", pyuk_str_isnumeric },
    { "isspace", pyuk_str_isspace }, { "isalnum", pyuk_str_isalnum },
    { "isprintable", pyuk_str_isprintable }, { "isascii", pyuk_str_isascii },
    { "isupper", pyuk_str_isupper }, { "islower", pyuk_str_islower },
    { "istitle", pyuk_str_istitle },
};

static const struct { const char *name; map_fn fn; } maps[] = {
    { "upper", pyuk_str_upper }, { "lower", pyuk_str_lower },
    { "swapcase", pyuk_str_swapcase }, { "capitalize", pyuk_str_capitalize },
    { "title", pyuk_str_title }, { "casefold", pyuk_str_casefold }, { "repr", pyuk_str_repr }, { "ascii", pyuk_str_ascii },
};

typedef pyuk_int (*search_fn)(pyuk_str *, pyuk_str *, pyuk_int, pyuk_int, pyuk_int);

static const struct { const char *name; search_fn fn; } searches[] = {
    { "find", pyuk_str_find }, { "rfind", pyuk_str_rfind },
    { "index", pyuk_str_index }, { "rindex", pyuk_str_rindex },
    { "count", pyuk_str_count },
};

static pyuk_str *arg_b(const char *hex)
{
    if (!strcmp(hex, "~"))
        return NULL;
    return (pyuk_str *)arg_bytes(hex);
}

static void out_blist(pyuk_list *l)
{
    if (report_error())
        return;
    fputs("L", stdout);
    for (pyuk_int i = 0; i < l->length; i++) {
        pyuk_str *s = (pyuk_str *)l->items[i];
        if (s->ob.type != &pyuk_type_bytes) {
            printf("BROKEN not bytes\n");
            exit(3);
        }
        putchar(' ');
        put_hex(s->data, s->size);
    }
    putchar('\n');
}

static void out_bstr(pyuk_str *s)
{
    if (!pyuk_current_exception && s->ob.type != &pyuk_type_bytes) {
        printf("BROKEN not bytes\n");
        exit(3);
    }
    out_bytes((pyuk_bytes *)s);
}

/* bytes forms of the str methods: b<name> */
static bool run_bytes(char **a)
{
    const char *cmd = a[0] + 1;
    for (size_t i = 0; i < sizeof searches / sizeof *searches; i++)
        if (!strcmp(cmd, searches[i].name)) {
            search_fn fn = searches[i].fn;
            if (!strcmp(cmd, "index"))
                fn = pyuk_bytes_index;
            else if (!strcmp(cmd, "rindex"))
                fn = pyuk_bytes_rindex;
            out_int(fn(arg_b(a[1]), arg_b(a[2]), arg_int(a[3]), arg_int(a[4]), arg_int(a[5])));
            return true;
        }
    if (!strcmp(cmd, "startswith"))
        out_bool(pyuk_str_startswith(arg_b(a[1]), arg_b(a[2]), arg_int(a[3]), arg_int(a[4]),
                                     arg_int(a[5])));
    else if (!strcmp(cmd, "endswith"))
        out_bool(pyuk_str_endswith(arg_b(a[1]), arg_b(a[2]), arg_int(a[3]), arg_int(a[4]),
                                   arg_int(a[5])));
    else if (!strcmp(cmd, "split"))
        out_blist(pyuk_str_split(arg_b(a[1]), arg_b(a[2]), arg_int(a[3])));
    else if (!strcmp(cmd, "rsplit"))
        out_blist(pyuk_str_rsplit(arg_b(a[1]), arg_b(a[2]), arg_int(a[3])));
    else if (!strcmp(cmd, "strip"))
        out_bstr(pyuk_str_strip(arg_b(a[1]), arg_b(a[2])));
    else if (!strcmp(cmd, "lstrip"))
        out_bstr(pyuk_str_lstrip(arg_b(a[1]), arg_b(a[2])));
    else if (!strcmp(cmd, "rstrip"))
        out_bstr(pyuk_str_rstrip(arg_b(a[1]), arg_b(a[2])));
    else if (!strcmp(cmd, "replace"))
        out_bstr(pyuk_str_replace(arg_b(a[1]), arg_b(a[2]), arg_b(a[3]), arg_int(a[4])));
    else if (!strcmp(cmd, "join")) {
        pyuk_list *l = pyuk_list_new(PYUK_KIND_OBJ, 0);
        if (strcmp(a[2], ".")) {
            char *copy = strdup(a[2]);
            for (char *tok = strtok(copy, ","); tok; tok = strtok(NULL, ","))
                pyuk_list_append(l, (pyuk_word)arg_bytes(tok));
            free(copy);
        }
        out_bstr(pyuk_str_join(arg_b(a[1]), l));
    } else if (!strcmp(cmd, "upper"))
        out_bytes(pyuk_bytes_upper(arg_bytes(a[1])));
    else if (!strcmp(cmd, "lower"))
        out_bytes(pyuk_bytes_lower(arg_bytes(a[1])));
    else
        return false;
    return true;
}

static void run(char **a, int n)
{
    const char *cmd = a[0];
    if (cmd[0] == 'b' && cmd[1] && strcmp(cmd, "base") && strcmp(cmd, "bhex") &&
        strcmp(cmd, "brepr") && strcmp(cmd, "bslice") && strcmp(cmd, "basetslice") &&
        strcmp(cmd, "baops") && strcmp(cmd, "barepr") && run_bytes(a))
        return;
    if (!strcmp(cmd, "propdump")) {
        /* one character per code point: the property bits and whether each
         * case mapping is the identity, as a digest line per property */
        static bool (*const props[])(uint32_t) = {
            pyuk_uni_isprintable, pyuk_uni_isalpha, pyuk_uni_isdecimal, pyuk_uni_isdigit,
            pyuk_uni_isnumeric, pyuk_uni_isspace, pyuk_uni_islower, pyuk_uni_isupper,
            pyuk_uni_istitle,
        };
        for (size_t k = 0; k < sizeof props / sizeof *props; k++) {
            for (uint32_t cp = 0; cp < 0x110000; cp++)
                putchar(cp >= 0xD800 && cp < 0xE000 ? '-' : props[k](cp) ? '1' : '0');
            putchar(' ');
        }
        static int (*const maps[])(uint32_t, uint32_t *) = {
            pyuk_uni_to_upper, pyuk_uni_to_lower, pyuk_uni_to_title, pyuk_uni_to_casefold,
        };
        for (size_t k = 0; k < sizeof maps / sizeof *maps; k++) {
            unsigned long long h = 1469598103934665603ull;   /* FNV-1a of all mappings */
            for (uint32_t cp = 0; cp < 0x110000; cp++) {
                if (cp >= 0xD800 && cp < 0xE000)
                    continue;
                uint32_t out[3];
                int n = maps[k](cp, out);
                for (int i = 0; i < n; i++)
                    h = (h ^ out[i]) * 1099511628211ull;
                h = (h ^ 0xFFFFFFFFu) * 1099511628211ull;
            }
            printf("%llx ", h);
        }
        putchar('\n');
        return;
    }
    if (!strcmp(cmd, "fromhex")) {
        out_bytes(pyuk_bytes_fromhex(arg_str(a[1])));
        return;
    }
    for (size_t i = 0; i < sizeof preds / sizeof *preds; i++)
        if (!strcmp(cmd, preds[i].name)) {
            out_bool(preds[i].fn(arg_str(a[1])));
            return;
        }
    for (size_t i = 0; i < sizeof maps / sizeof *maps; i++)
        if (!strcmp(cmd, maps[i].name)) {
            out_str(maps[i].fn(arg_str(a[1])));
            return;
        }
    for (size_t i = 0; i < sizeof searches / sizeof *searches; i++)
        if (!strcmp(cmd, searches[i].name)) {
            out_int(searches[i].fn(arg_str(a[1]), arg_str(a[2]), arg_int(a[3]),
                                   arg_int(a[4]), arg_int(a[5])));
            return;
        }
    if (!strcmp(cmd, "startswith"))
        out_bool(pyuk_str_startswith(arg_str(a[1]), arg_str(a[2]), arg_int(a[3]),
                                     arg_int(a[4]), arg_int(a[5])));
    else if (!strcmp(cmd, "endswith"))
        out_bool(pyuk_str_endswith(arg_str(a[1]), arg_str(a[2]), arg_int(a[3]),
                                   arg_int(a[4]), arg_int(a[5])));
    else if (!strcmp(cmd, "split"))
        out_list(pyuk_str_split(arg_str(a[1]), arg_str(a[2]), arg_int(a[3])));
    else if (!strcmp(cmd, "rsplit"))
        out_list(pyuk_str_rsplit(arg_str(a[1]), arg_str(a[2]), arg_int(a[3])));
    else if (!strcmp(cmd, "splitlines"))
        out_list(pyuk_str_splitlines(arg_str(a[1]), arg_int(a[2])));
    else if (!strcmp(cmd, "join"))
        out_str(pyuk_str_join(arg_str(a[1]), arg_list(a[2])));
    else if (!strcmp(cmd, "strip"))
        out_str(pyuk_str_strip(arg_str(a[1]), arg_str(a[2])));
    else if (!strcmp(cmd, "lstrip"))
        out_str(pyuk_str_lstrip(arg_str(a[1]), arg_str(a[2])));
    else if (!strcmp(cmd, "rstrip"))
        out_str(pyuk_str_rstrip(arg_str(a[1]), arg_str(a[2])));
    else if (!strcmp(cmd, "ljust"))
        out_str(pyuk_str_ljust(arg_str(a[1]), arg_int(a[2]), arg_str(a[3])));
    else if (!strcmp(cmd, "rjust"))
        out_str(pyuk_str_rjust(arg_str(a[1]), arg_int(a[2]), arg_str(a[3])));
    else if (!strcmp(cmd, "center"))
        out_str(pyuk_str_center(arg_str(a[1]), arg_int(a[2]), arg_str(a[3])));
    else if (!strcmp(cmd, "zfill"))
        out_str(pyuk_str_zfill(arg_str(a[1]), arg_int(a[2])));
    else if (!strcmp(cmd, "expandtabs"))
        out_str(pyuk_str_expandtabs(arg_str(a[1]), arg_int(a[2])));
    else if (!strcmp(cmd, "removeprefix"))
        out_str(pyuk_str_removeprefix(arg_str(a[1]), arg_str(a[2])));
    else if (!strcmp(cmd, "removesuffix"))
        out_str(pyuk_str_removesuffix(arg_str(a[1]), arg_str(a[2])));
    else if (!strcmp(cmd, "partition") || !strcmp(cmd, "rpartition")) {
        pyuk_tuple *t = (cmd[0] == 'p' ? pyuk_str_partition : pyuk_str_rpartition)(
            arg_str(a[1]), arg_str(a[2]));
        if (!report_error()) {
            fputs("L", stdout);
            for (int i = 0; i < 3; i++) {
                pyuk_str *s = (pyuk_str *)t->items[i];
                check_str(s);
                putchar(' ');
                put_hex(s->data, s->size);
            }
            putchar('\n');
        }
    } else if (!strcmp(cmd, "replace"))
        out_str(pyuk_str_replace(arg_str(a[1]), arg_str(a[2]), arg_str(a[3]),
                                 arg_int(a[4])));
    else if (!strcmp(cmd, "slice"))
        out_str(pyuk_str_slice(arg_str(a[1]), arg_int(a[2]), arg_int(a[3]),
                               arg_int(a[4]), arg_int(a[5])));
    else if (!strcmp(cmd, "getitem"))
        out_str(pyuk_str_getitem(arg_str(a[1]), arg_int(a[2])));
    else if (!strcmp(cmd, "chars")) {
        /* every s[i] in a forward then a backward walk (the position cache) */
        pyuk_str *s = arg_str(a[1]);
        fputs("L", stdout);
        for (pyuk_int i = 0; i < s->length; i++) {
            pyuk_str *c = pyuk_str_char_at(s, i);
            putchar(' ');
            put_hex(c->data, c->size);
        }
        for (pyuk_int i = s->length; i-- > 0;) {
            pyuk_str *c = pyuk_str_getitem(s, i - s->length);
            putchar(' ');
            put_hex(c->data, c->size);
        }
        putchar('\n');
    } else if (!strcmp(cmd, "compare"))
        out_int(pyuk_str_compare(arg_str(a[1]), arg_str(a[2])));
    else if (!strcmp(cmd, "concat"))
        out_str(pyuk_str_concat(arg_str(a[1]), arg_str(a[2])));
    else if (!strcmp(cmd, "concat4"))
        out_str(pyuk_str_concat4(arg_str(a[1]), arg_str(a[2]), arg_str(a[3]),
                                 arg_str(a[4])));
    else if (!strcmp(cmd, "concat8"))
        out_str(pyuk_str_concat8(arg_str(a[1]), arg_str(a[2]), arg_str(a[3]), arg_str(a[4]),
                                 arg_str(a[5]), arg_str(a[6]), arg_str(a[7]), arg_str(a[8])));
    else if (!strcmp(cmd, "appendloop")) {
        /* s = S; owner = NULL; n times: s = append(s, T, owner); owner = s.
         * S itself must stay unchanged (it may be shared). */
        pyuk_str *start = arg_str(a[1]), *t = arg_str(a[2]);
        pyuk_int before_size = start->size;
        pyuk_str *s = start, *owner = NULL;
        for (long long i = 0; i < arg_int(a[3]); i++) {
            s = pyuk_str_append(s, t, owner);
            owner = s;
            if (i % 7 == 3)
                pyuk_gc_collect();
        }
        if (start->size != before_size) {
            printf("BROKEN shared start modified\n");
            exit(3);
        }
        out_str(s);
    } else if (!strcmp(cmd, "repeat"))
        out_str(pyuk_str_repeat(arg_str(a[1]), arg_int(a[2])));
    else if (!strcmp(cmd, "contains"))
        out_bool(pyuk_str_contains(arg_str(a[1]), arg_str(a[2])));
    else if (!strcmp(cmd, "fint"))
        out_str(pyuk_format_int(arg_int(a[1]), arg_str(a[2])));
    else if (!strcmp(cmd, "fbool"))
        out_str(pyuk_format_bool(arg_int(a[1]) != 0, arg_str(a[2])));
    else if (!strcmp(cmd, "ffloat")) {
        uint64_t u = strtoull(a[1], NULL, 16);
        double x;
        memcpy(&x, &u, 8);
        out_str(pyuk_format_float(x, arg_str(a[2])));
    } else if (!strcmp(cmd, "fstr"))
        out_str(pyuk_format_str(arg_str(a[1]), arg_str(a[2])));
    else if (!strcmp(cmd, "fnone"))
        out_str(pyuk_format_none(arg_str(a[1])));
    else if (!strcmp(cmd, "int"))
        out_int(pyuk_str_to_int(arg_str(a[1]), arg_int(a[2])));
    else if (!strcmp(cmd, "float")) {
        double x = pyuk_str_to_float(arg_str(a[1]));
        if (!report_error()) {
            uint64_t u;
            memcpy(&u, &x, 8);
            printf("D %016llx\n", (unsigned long long)u);
        }
    } else if (!strcmp(cmd, "ord"))
        out_int(pyuk_str_ord(arg_str(a[1])));
    else if (!strcmp(cmd, "chr"))
        out_str(pyuk_str_chr(arg_int(a[1])));
    else if (!strcmp(cmd, "base"))
        out_str(pyuk_int_to_base_str(arg_int(a[1]), arg_int(a[2])));
    else if (!strcmp(cmd, "encode"))
        out_bytes(pyuk_str_encode(arg_str(a[1]), arg_str(a[2])));
    else if (!strcmp(cmd, "decode"))
        out_str(pyuk_bytes_decode(arg_bytes(a[1]), arg_str(a[2])));
    else if (!strcmp(cmd, "siphash")) {
        pyuk_hash_key[0] = strtoull(a[2], NULL, 10);
        pyuk_hash_key[1] = strtoull(a[3], NULL, 10);
        out_int(pyuk_bytes_hash(arg_bytes(a[1])));
    } else if (!strcmp(cmd, "brepr"))
        out_str(pyuk_bytes_repr(arg_bytes(a[1])));
    else if (!strcmp(cmd, "barepr"))
        out_str(pyuk_bytearray_repr(pyuk_bytearray_from_bytes(arg_bytes(a[1]))));
    else if (!strcmp(cmd, "bhex"))
        out_str(pyuk_bytes_hex(arg_bytes(a[1])));
    else if (!strcmp(cmd, "bslice"))
        out_bytes(pyuk_bytes_slice(arg_bytes(a[1]), arg_int(a[2]), arg_int(a[3]),
                                   arg_int(a[4]), arg_int(a[5])));
    else if (!strcmp(cmd, "tobytes"))
        out_bytes(pyuk_int_to_bytes(arg_int(a[1]), arg_int(a[2]), arg_int(a[3]),
                                    arg_int(a[4]) != 0));
    else if (!strcmp(cmd, "frombytes"))
        out_int(pyuk_int_from_bytes(&arg_bytes(a[1])->ob, arg_int(a[2]), arg_int(a[3]) != 0));
    else if (!strcmp(cmd, "basetslice")) {
        /* bytearray(B)[start:stop:step] = V; the bytearray after */
        pyuk_bytearray *ba = pyuk_bytearray_from_bytes(arg_bytes(a[1]));
        pyuk_object *value = !strcmp(a[6], "self") ? &ba->ob : &arg_bytes(a[6])->ob;
        pyuk_bytearray_setslice(ba, arg_int(a[2]), arg_int(a[3]), arg_int(a[4]),
                                arg_int(a[5]), value);
        if (!report_error()) {
            fputs("B ", stdout);
            put_hex(ba->data, ba->size);
            putchar('\n');
        }
    } else if (!strcmp(cmd, "baops")) {
        /* a script of bytearray operations: a<int> append, e<hex> extend,
         * s<index>=<int> setitem; prints the final contents */
        pyuk_bytearray *ba = pyuk_bytearray_new(0);
        for (int i = 1; i < n; i++) {
            const char *op = a[i];
            if (op[0] == 'a')
                pyuk_bytearray_append(ba, arg_int(op + 1));
            else if (op[0] == 'e')
                pyuk_bytearray_extend(ba, &arg_bytes(op + 1)->ob);
            else if (op[0] == 's') {
                const char *eq = strchr(op, '=');
                pyuk_bytearray_setitem(ba, arg_int(op + 1), arg_int(eq + 1));
            }
            if (report_error())
                return;
        }
        fputs("B ", stdout);
        put_hex(ba->data, ba->size);
        putchar('\n');
    } else {
        printf("UNKNOWN %s\n", cmd);
    }
    (void)n;
}

int main(void)
{
    static char line[1 << 20];
    while (fgets(line, sizeof line, stdin)) {
        char *a[16];
        int n = 0;
        for (char *tok = strtok(line, " \n"); tok && n < 16; tok = strtok(NULL, " \n"))
            a[n++] = tok;
        if (n == 0)
            continue;
        run(a, n);
        fflush(stdout);
        if (rand() % 64 == 0)
            pyuk_gc_collect();  /* collections between commands */
    }
    return 0;
}
