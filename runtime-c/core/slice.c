/* Slice bounds for every sequence type (slice.h), as CPython computes them. */
#include <pyuk/exceptions.h>
#include <pyuk/slice.h>

pyuk_int pyuk_slice_adjust(pyuk_int length, pyuk_int *start, pyuk_int *stop,
                           pyuk_int step, pyuk_int given)
{
    pyuk_int lo = *start, hi = *stop;
    if (step > 0) {
        if (!(given & PYUK_SLICE_START))
            lo = 0;
        else if (lo < 0) {
            lo += length;
            if (lo < 0)
                lo = 0;
        } else if (lo > length)
            lo = length;
        if (!(given & PYUK_SLICE_STOP))
            hi = length;
        else if (hi < 0) {
            hi += length;
            if (hi < 0)
                hi = 0;
        } else if (hi > length)
            hi = length;
        *start = lo;
        *stop = hi;
        if (hi <= lo)
            return 0;
        /* (hi - lo - 1) / step + 1 without overflow */
        return (pyuk_int)(((uint64_t)(hi - lo) - 1) / (uint64_t)step) + 1;
    }
    if (!(given & PYUK_SLICE_START))
        lo = length - 1;
    else if (lo < 0) {
        lo += length;
        if (lo < 0)
            lo = -1;
    } else if (lo >= length)
        lo = length - 1;
    if (!(given & PYUK_SLICE_STOP))
        hi = -1;
    else if (hi < 0) {
        hi += length;
        if (hi < 0)
            hi = -1;
    } else if (hi >= length)
        hi = length - 1;
    *start = lo;
    *stop = hi;
    if (lo <= hi)
        return 0;
    /* step may be INT64_MIN: work in unsigned */
    uint64_t mstep = (uint64_t)0 - (uint64_t)step;
    return (pyuk_int)(((uint64_t)(lo - hi) - 1) / mstep) + 1;
}

void pyuk_raise_slice_step_zero(void)
{
    pyuk_raise_message(&pyuk_type_ValueError, "slice step cannot be zero");
}
