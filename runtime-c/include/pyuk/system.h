/*
 * The runtime behind the provided modules `time` (clocks and sleep, with
 * CPython 3.11's semantics) and `pyuk.xen` (the domain's xenstore).  See
 * docs/xen.md.
 */
#ifndef PYUK_SYSTEM_H
#define PYUK_SYSTEM_H

#include <pyuk/runtime.h>

/* time.monotonic() and time.perf_counter(): seconds on the platform's
 * monotonic clock (arbitrary origin); the _ns forms in integer ns. */
pyuk_float pyuk_time_monotonic(void);
pyuk_int pyuk_time_monotonic_ns(void);

/* time.time(): seconds since the Unix epoch from the platform's wall clock
 * (0.0 where it is unknown); time.time_ns() in ns. */
pyuk_float pyuk_time_time(void);
pyuk_int pyuk_time_time_ns(void);

/* time.sleep(secs) for a float and for an int: ValueError for NaN or a
 * negative duration, OverflowError beyond 2**63 ns, with CPython's messages
 * and rounding (away from zero, to whole ns).  Blocks in plat_yield (the
 * domain or process sleeps; kernels never spin) until the monotonic clock
 * reaches the deadline. */
void pyuk_time_sleep(pyuk_float secs);
void pyuk_time_sleep_int(pyuk_int secs);

/* pyuk.xen.xenstore_read(key) / xenstore_write(key, value) (relative keys
 * are under /local/domain/<domid>).  Without a xenstore (every target but a
 * xen domU) OSError(19, PYUK_NO_XENSTORE), exactly what stdlib/pyuk/xen.py
 * raises under CPython.  On a domU: FileNotFoundError for a missing key,
 * PermissionError, TimeoutError or OSError for the store's other errors,
 * ValueError for a NUL in a key or value or a value that is not UTF-8. */
struct pyuk_str *pyuk_xen_xenstore_read(struct pyuk_str *key);
void pyuk_xen_xenstore_write(struct pyuk_str *key, struct pyuk_str *value);

#define PYUK_NO_XENSTORE \
    "no xenstore: pyuk.xen needs a program compiled with -t xen running as a Xen domU"

#endif
