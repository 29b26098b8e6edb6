/* Buffered console output (see output.h). */
#include <pyuk/numfmt.h>
#include <pyuk/output.h>
#include <pyuk/platform.h>

void *memcpy(void *restrict dst, const void *restrict src, size_t n);

#define STDOUT_BUFFER 4096

static char stdout_buffer[STDOUT_BUFFER];
static size_t stdout_used;

void pyuk_flush(pyuk_int stream)
{
    if (stream == PYUK_STDOUT && stdout_used) {
        plat_console_write(PLAT_STDOUT, stdout_buffer, stdout_used);
        stdout_used = 0;
    }
}

void pyuk_flush_all(void)
{
    pyuk_flush(PYUK_STDOUT);
}

void pyuk_write(pyuk_int stream, const char *data, size_t len)
{
    if (stream != PYUK_STDOUT) {
        pyuk_flush(PYUK_STDOUT);
        plat_console_write(PLAT_STDERR, data, len);
        return;
    }
    if (len > STDOUT_BUFFER - stdout_used) {
        pyuk_flush(PYUK_STDOUT);
        if (len >= STDOUT_BUFFER) {
            plat_console_write(PLAT_STDOUT, data, len);
            return;
        }
    }
    memcpy(stdout_buffer + stdout_used, data, len);
    stdout_used += len;
#ifdef PYUK_KERNEL
    /* a kernel's console is watched live: show each line as it ends */
    for (size_t i = 0; i < len; i++) {
        if (data[i] == '\n') {
            pyuk_flush(PYUK_STDOUT);
            break;
        }
    }
#endif
}

void pyuk_write_cstr(pyuk_int stream, const char *text)
{
    size_t n = 0;
    while (text[n])
        n++;
    pyuk_write(stream, text, n);
}

void pyuk_write_int(pyuk_int stream, pyuk_int value)
{
    char buf[PYUK_INT_TEXT_SIZE];
    pyuk_write(stream, buf, pyuk_int_to_text(buf, value, 10, 0));
}

void pyuk_out_str(pyuk_int stream, pyuk_str *s)
{
    pyuk_write(stream, s->data, (size_t)s->size);
}

void pyuk_out_int(pyuk_int stream, pyuk_int value)
{
    pyuk_write_int(stream, value);
}

void pyuk_out_float(pyuk_int stream, pyuk_float value)
{
    char buf[PYUK_FLOAT_REPR_SIZE];
    pyuk_write(stream, buf, pyuk_float_repr(buf, value));
}

void pyuk_out_bool(pyuk_int stream, bool value)
{
    pyuk_write_cstr(stream, value ? "True" : "False");
}

void pyuk_out_flush(pyuk_int stream)
{
    pyuk_flush(stream);
}
