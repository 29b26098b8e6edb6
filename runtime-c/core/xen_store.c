/*
 * pyuk.xen: xenstore_read / xenstore_write on the platform's xenstore
 * (see system.h).  Errors become OSError(errno, text) of the class CPython
 * would pick for that errno, with the key in the text.
 */
#include <pyuk/exceptions.h>
#include <pyuk/platform.h>
#include <pyuk/str.h>
#include <pyuk/system.h>

#define ENOENT 2
#define EIO 5
#define EACCES 13
#define ENODEV 19
#define EINVAL 22
#define ETIMEDOUT 110
#define KEY_MAX 3072            /* XENSTORE_ABS_PATH_MAX */
#define VALUE_MAX 4096          /* XENSTORE_PAYLOAD_MAX */

static void raise_os_error(int err, const char *text, const char *key)
{
    const pyuk_type *type = &pyuk_type_OSError;
    if (err == ENOENT)
        type = &pyuk_type_FileNotFoundError;
    else if (err == EACCES)
        type = &pyuk_type_PermissionError;
    else if (err == ETIMEDOUT)
        type = &pyuk_type_TimeoutError;
    char message[KEY_MAX + 96];
    size_t n = 0;
    for (const char *p = text; *p; p++)
        message[n++] = *p;
    if (key) {
        message[n++] = ':';
        message[n++] = ' ';
        message[n++] = '\'';
        for (const char *p = key; *p; p++)
            message[n++] = *p;
        message[n++] = '\'';
    }
    pyuk_object *code = pyuk_int_to_object(err);
    pyuk_str *str = code ? pyuk_str_from_utf8(message, n) : 0;
    pyuk_exception *exc = str ? pyuk_exception_new(type, 2) : 0;
    if (!exc)
        return;                 /* MemoryError is pending */
    pyuk_exception_set_arg(exc, 0, code);
    pyuk_exception_set_arg(exc, 1, (pyuk_object *)str);
    pyuk_raise(exc);
}

static void raise_store_error(int rc, const char *key)
{
    switch (-rc) {
    case ENODEV:
        raise_os_error(ENODEV, PYUK_NO_XENSTORE, 0);
        break;
    case ENOENT:
        raise_os_error(ENOENT, "No such xenstore key", key);
        break;
    case EACCES:
        raise_os_error(EACCES, "Permission denied by xenstore", key);
        break;
    case EINVAL:
        raise_os_error(EINVAL, "Invalid xenstore key", key);
        break;
    case ETIMEDOUT:
        raise_os_error(ETIMEDOUT, "xenstore did not answer", key);
        break;
    default:
        raise_os_error(EIO, "xenstore error", key);
        break;
    }
}

/* The text of `s` as a C string in buf; false (ValueError raised) if it
 * holds a NUL or does not fit. */
static bool c_string(pyuk_str *s, char *buf, size_t size, const char *what)
{
    size_t n = (size_t)s->size;
    for (size_t i = 0; i < n; i++) {
        if (!s->data[i]) {
            pyuk_raise_message(&pyuk_type_ValueError, "embedded null byte");
            return false;
        }
    }
    if (n >= size) {
        pyuk_raise_message(&pyuk_type_ValueError, what);
        return false;
    }
    for (size_t i = 0; i < n; i++)
        buf[i] = s->data[i];
    buf[n] = 0;
    return true;
}

/* Only a domU has a store: elsewhere raise what CPython raises. */
static bool have_store(void)
{
    int rc = plat_xenstore_read(0, 0, 0);
    if (rc)
        raise_store_error(rc, 0);
    return rc == 0;
}

pyuk_str *pyuk_xen_xenstore_read(pyuk_str *key)
{
    char path[KEY_MAX + 1];
    if (!have_store() || !c_string(key, path, sizeof path, "xenstore key too long"))
        return 0;
    char value[VALUE_MAX + 1];
    int len = plat_xenstore_read(path, value, sizeof value);
    if (len < 0) {
        raise_store_error(len, path);
        return 0;
    }
    size_t n = (size_t)len < VALUE_MAX ? (size_t)len : VALUE_MAX;
    size_t bad_start, bad_len;
    const char *reason;
    if (!pyuk_utf8_check(value, n, &bad_start, &bad_len, &reason)) {
        pyuk_raise_message(&pyuk_type_ValueError, "xenstore value is not UTF-8");
        return 0;
    }
    return pyuk_str_from_utf8(value, n);
}

void pyuk_xen_xenstore_write(pyuk_str *key, pyuk_str *value)
{
    char path[KEY_MAX + 1];
    if (!have_store() || !c_string(key, path, sizeof path, "xenstore key too long"))
        return;
    static char text[VALUE_MAX + 1];
    if (!c_string(value, text, sizeof text, "xenstore value too long (4096 bytes at most)"))
        return;
    int rc = plat_xenstore_write(path, text);
    if (rc < 0)
        raise_store_error(rc, path);
}
