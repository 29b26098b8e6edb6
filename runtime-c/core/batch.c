/*
 * Test batches: one image runs several programs in turn (the test suite
 * boots one kernel for many programs).  Each program's output is framed by
 * markers that carry its name and exit status; an uncaught exception ends
 * only its own program.
 */
#include <pyuk/exceptions.h>
#include <pyuk/output.h>
#include <pyuk/str.h>

#define MARK "\x1e" "pyuk-"

void pyuk_batch_begin(pyuk_str *name)
{
    pyuk_write_cstr(PYUK_STDOUT, MARK "begin ");
    pyuk_out_str(PYUK_STDOUT, name);
    pyuk_write_cstr(PYUK_STDOUT, "\x1e\n");
    pyuk_flush(PYUK_STDOUT);
}

void pyuk_batch_end(pyuk_str *name)
{
    int status = pyuk_current_exception ? pyuk_report_uncaught() : 0;
    pyuk_handled_exception = NULL;
    pyuk_write_cstr(PYUK_STDOUT, MARK "end ");
    pyuk_out_str(PYUK_STDOUT, name);
    pyuk_write_cstr(PYUK_STDOUT, " ");
    pyuk_write_int(PYUK_STDOUT, status);
    pyuk_write_cstr(PYUK_STDOUT, "\x1e\n");
    pyuk_flush(PYUK_STDOUT);
}
