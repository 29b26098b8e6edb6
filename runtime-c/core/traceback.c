/*
 * Tracebacks: frames are recorded as the exception leaves each function
 * (innermost first), run-length encoded so deep recursion stays cheap, and
 * printed oldest first exactly as CPython prints them.
 */
#include <pyuk/exceptions.h>
#include <pyuk/gc.h>
#include <pyuk/output.h>

#define ENTRY_WORDS 3  /* sizeof(pyuk_traceback_entry) / sizeof(pyuk_word) */
#define REPEAT_CUTOFF 3 /* CPython prints a repeated line at most 3 times */

static pyuk_traceback_entry *entries(pyuk_exception *exc)
{
    return (pyuk_traceback_entry *)((pyuk_buffer *)exc->traceback)->data;
}

void pyuk_traceback_add(const pyuk_code_location *where, pyuk_int line)
{
    pyuk_exception *exc = (pyuk_exception *)pyuk_current_exception;
    if (!exc)
        return;
    pyuk_int n = exc->traceback_length;
    if (n) {
        pyuk_traceback_entry *last = &entries(exc)[n - 1];
        if (last->where == where && last->line == line) {
            last->count++;
            return;
        }
    }
    pyuk_buffer *buf = (pyuk_buffer *)exc->traceback;
    if (!buf || (n + 1) * ENTRY_WORDS > buf->capacity) {
        /* allocating may collect or fail: keep the exception pending */
        pyuk_object *saved = pyuk_current_exception;
        pyuk_buffer *bigger = pyuk_alloc_buffer((size_t)(n ? 2 * n : 8) * ENTRY_WORDS, false);
        pyuk_current_exception = saved;
        if (!bigger)
            return;  /* out of memory: the traceback loses this frame */
        for (pyuk_int i = 0; buf && i < n * ENTRY_WORDS; i++)
            bigger->data[i] = buf->data[i];
        exc->traceback = &bigger->ob;
    }
    entries(exc)[n] = (pyuk_traceback_entry){ where, line, 1 };
    exc->traceback_length = n + 1;
}

/* The frame just recorded (by pyuk_traceback_add) was really the frame of
 * a comprehension running inside the function (CPython 3.11 gives list,
 * set and dict comprehensions and generator expressions frames of their
 * own): gives that entry the comprehension's location. */
void pyuk_traceback_rename_last(const pyuk_code_location *where)
{
    pyuk_exception *exc = (pyuk_exception *)pyuk_current_exception;
    if (!exc || !exc->traceback_length)
        return;
    pyuk_traceback_entry *last = &entries(exc)[exc->traceback_length - 1];
    if (last->count == 1) {
        last->where = where;
        return;
    }
    last->count--;
    pyuk_traceback_add(where, last->line);
}

static void print_frame(const pyuk_traceback_entry *e)
{
    pyuk_write_cstr(PYUK_STDERR, "  File \"");
    pyuk_write_cstr(PYUK_STDERR, e->where->file);
    pyuk_write_cstr(PYUK_STDERR, "\", line ");
    pyuk_write_int(PYUK_STDERR, e->line);
    pyuk_write_cstr(PYUK_STDERR, ", in ");
    pyuk_write_cstr(PYUK_STDERR, e->where->function);
    pyuk_write_cstr(PYUK_STDERR, "\n");
}

/* CPython prints at most this many frames, the innermost ones. */
#define TRACEBACK_LIMIT 1000

static bool same_line(const pyuk_traceback_entry *a, const pyuk_traceback_entry *b)
{
    return a->line == b->line && (a->where == b->where ||
        (a->where->file == b->where->file && a->where->function == b->where->function));
}

static void print_repeated(pyuk_int count)
{
    if (count <= REPEAT_CUTOFF)
        return;
    pyuk_write_cstr(PYUK_STDERR, "  [Previous line repeated ");
    pyuk_write_int(PYUK_STDERR, count - REPEAT_CUTOFF);
    pyuk_write_cstr(PYUK_STDERR, " more times]\n");
}

void pyuk_traceback_print(pyuk_exception *exc)
{
    if (!exc->traceback_length)
        return;
    pyuk_write_cstr(PYUK_STDERR, "Traceback (most recent call last):\n");
    const pyuk_traceback_entry *all = entries(exc);
    pyuk_int total = 0;
    for (pyuk_int i = 0; i < exc->traceback_length; i++)
        total += all[i].count;
    pyuk_int skip = total > TRACEBACK_LIMIT ? total - TRACEBACK_LIMIT : 0;
    const pyuk_traceback_entry *last = NULL;
    pyuk_int run = 0;
    for (pyuk_int i = exc->traceback_length - 1; i >= 0; i--) {
        const pyuk_traceback_entry *e = &all[i];
        pyuk_int count = e->count;
        if (skip >= count) {
            skip -= count;
            continue;
        }
        count -= skip;
        skip = 0;
        if (!last || !same_line(last, e)) {
            print_repeated(run);
            run = 0;
            last = e;
        }
        pyuk_int shown = run < REPEAT_CUTOFF ? REPEAT_CUTOFF - run : 0;
        if (shown > count)
            shown = count;
        for (pyuk_int k = 0; k < shown; k++)
            print_frame(e);
        run += count;
    }
    print_repeated(run);
}
