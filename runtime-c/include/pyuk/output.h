/*
 * Buffered output for print() and tracebacks.  stdout is buffered; writing
 * to stderr flushes stdout first, so a console that merges both streams
 * shows them in program order.  Kernels flush stdout at each newline.
 */
#ifndef PYUK_OUTPUT_H
#define PYUK_OUTPUT_H

#include <pyuk/runtime.h>

enum { PYUK_STDOUT = 1, PYUK_STDERR = 2 };

void pyuk_write(pyuk_int stream, const char *data, size_t len);
void pyuk_write_cstr(pyuk_int stream, const char *text);
void pyuk_write_int(pyuk_int stream, pyuk_int value);
void pyuk_flush(pyuk_int stream);
void pyuk_flush_all(void);

/* print() of each value type (the compiler picks one per argument). */
void pyuk_out_str(pyuk_int stream, struct pyuk_str *s);
void pyuk_out_int(pyuk_int stream, pyuk_int value);
void pyuk_out_float(pyuk_int stream, pyuk_float value);
void pyuk_out_bool(pyuk_int stream, bool value);
void pyuk_out_flush(pyuk_int stream);

#endif
