/*
 * The bytearray methods that reshape it in place: pop, insert, remove,
 * clear, reverse, copy, with CPython's results and messages.  Growth goes
 * through pyuk_bytearray_append (core/bytearray.c), removal through
 * pyuk_bytearray_delitem, so capacity and the trailing NUL stay theirs.
 */
#include <pyuk/bytes.h>
#include <pyuk/exceptions.h>

static bool valid_byte(pyuk_int value)
{
    if (value >= 0 && value <= 255)
        return true;
    pyuk_raise_message(&pyuk_type_ValueError, "byte must be in range(0, 256)");
    return false;
}

pyuk_int pyuk_bytearray_pop(pyuk_bytearray *a, pyuk_int index)
{
    if (!a->size) {
        pyuk_raise_message(&pyuk_type_IndexError, "pop from empty bytearray");
        return 0;
    }
    if (index < 0)
        index += a->size;
    if (index < 0 || index >= a->size) {
        pyuk_raise_message(&pyuk_type_IndexError, "pop index out of range");
        return 0;
    }
    pyuk_int value = (unsigned char)a->data[index];
    pyuk_bytearray_delitem(a, index);
    return value;
}

/* insert(index, item): the index clamped to [0, len], as list.insert */
void pyuk_bytearray_insert(pyuk_bytearray *a, pyuk_int index, pyuk_int value)
{
    if (!valid_byte(value))
        return;
    pyuk_int n = a->size;
    if (index < 0)
        index = index + n < 0 ? 0 : index + n;
    if (index > n)
        index = n;
    pyuk_bytearray_append(a, value);        /* grows by one */
    if (pyuk_current_exception)
        return;
    for (pyuk_int i = n; i > index; i--)
        a->data[i] = a->data[i - 1];
    a->data[index] = (char)value;
}

void pyuk_bytearray_remove(pyuk_bytearray *a, pyuk_int value)
{
    if (!valid_byte(value))
        return;
    for (pyuk_int i = 0; i < a->size; i++) {
        if ((unsigned char)a->data[i] == value) {
            pyuk_bytearray_delitem(a, i);
            return;
        }
    }
    pyuk_raise_message(&pyuk_type_ValueError, "value not found in bytearray");
}

void pyuk_bytearray_clear(pyuk_bytearray *a)
{
    while (a->size && !pyuk_current_exception)
        pyuk_bytearray_delitem(a, a->size - 1);
}

void pyuk_bytearray_reverse(pyuk_bytearray *a)
{
    for (pyuk_int i = 0, j = a->size - 1; i < j; i++, j--) {
        char t = a->data[i];
        a->data[i] = a->data[j];
        a->data[j] = t;
    }
}

pyuk_bytearray *pyuk_bytearray_copy(pyuk_bytearray *a)
{
    return pyuk_bytearray_from_data(a->data, (size_t)a->size);
}
