/*
 * Slice bounds, as CPython's PySlice_AdjustIndices computes them: shared by
 * every sequence type (str, bytes, bytearray, list, tuple).
 */
#ifndef PYUK_SLICE_H
#define PYUK_SLICE_H

#include <pyuk/runtime.h>

/* Bits of a slice's `given` argument: which bounds are not None. */
#define PYUK_SLICE_START 1
#define PYUK_SLICE_STOP 2

/* For seq[start:stop:step] on a sequence of `length` items: clamps *start
 * and *stop (a bound not in `given` takes its default for the step's sign)
 * and returns the number of items the slice selects, which are
 * *start, *start + step, ...  step must not be 0 (the caller raises
 * ValueError "slice step cannot be zero": pyuk_raise_slice_step_zero). */
pyuk_int pyuk_slice_adjust(pyuk_int length, pyuk_int *start, pyuk_int *stop,
                           pyuk_int step, pyuk_int given);

void pyuk_raise_slice_step_zero(void);

#endif
