/*
 * d[key] of an absent key: KeyError, or the __missing__ of a dict subclass
 * (collections.defaultdict, Counter), which its type's vtable[0] holds, so
 * that a program without them does not link them.  Kept out of dict.c so
 * that dict.c's code (and its inlining) is what it was without them.
 */
#include <pyuk/containers.h>
#include <pyuk/exceptions.h>

pyuk_word pyuk_dict_missing(pyuk_dict *d, pyuk_word key, pyuk_int kind)
{
    const void *const *vtable = d->ob.type->vtable;
    if (vtable)
        return ((pyuk_dict_missing_fn)vtable[0])(d, key, kind);
    pyuk_raise_key_error(key, kind);
    return 0;
}
