/*
 * The heapq module on list[T]: CPython's algorithms step for step (the
 * heap invariant, the "bottom-up" sift of heappop), so a heap holds its
 * items in the same order as under CPython and printing it agrees.  Items
 * compare with < (pyuk_word_lt: user __lt__ included); a comparison that
 * raises stops the operation with the exception pending, and a __lt__
 * that resizes the heap is a RuntimeError, as in CPython.
 */
#include <pyuk/containers.h>
#include <pyuk/exceptions.h>
#include <pyuk/object.h>

/* a < b, or -1 when the comparison raised or changed the heap's size */
static int less(pyuk_list *heap, pyuk_int size, pyuk_word a, pyuk_word b)
{
    bool lt = pyuk_word_lt(a, heap->kind, b, heap->kind);
    if (pyuk_current_exception)
        return -1;
    if (heap->length != size) {
        pyuk_raise_message(&pyuk_type_RuntimeError, "list changed size during iteration");
        return -1;
    }
    return lt;
}

/* Moves the item at pos up towards start while it is smaller than its parent. */
static bool sift_down(pyuk_list *heap, pyuk_int start, pyuk_int pos)
{
    pyuk_int size = heap->length;
    pyuk_word item = heap->items[pos];
    while (pos > start) {
        pyuk_int parent = (pos - 1) >> 1;
        int lt = less(heap, size, item, heap->items[parent]);
        if (lt < 0)
            return false;
        if (!lt)
            break;
        heap->items[pos] = heap->items[parent];
        pos = parent;
    }
    heap->items[pos] = item;
    return true;
}

/* Sends the item at pos down to a leaf along the smaller children, then up. */
static bool sift_up(pyuk_list *heap, pyuk_int pos)
{
    pyuk_int size = heap->length, start = pos;
    pyuk_word item = heap->items[pos];
    pyuk_int child = 2 * pos + 1;
    while (child < size) {
        pyuk_int right = child + 1;
        if (right < size) {
            int lt = less(heap, size, heap->items[child], heap->items[right]);
            if (lt < 0)
                return false;
            if (!lt)
                child = right;
        }
        heap->items[pos] = heap->items[child];
        pos = child;
        child = 2 * pos + 1;
    }
    heap->items[pos] = item;
    return sift_down(heap, start, pos);
}

static bool not_empty(pyuk_list *heap)
{
    if (heap->length)
        return true;
    pyuk_raise_message(&pyuk_type_IndexError, "index out of range");
    return false;
}

void pyuk_heapq_heappush(pyuk_list *heap, pyuk_word item)
{
    pyuk_list_append(heap, item);
    if (!pyuk_current_exception)
        sift_down(heap, 0, heap->length - 1);
}

pyuk_word pyuk_heapq_heappop(pyuk_list *heap)
{
    if (!not_empty(heap))
        return 0;
    pyuk_word last = heap->items[--heap->length];
    heap->items[heap->length] = 0;
    if (!heap->length)
        return last;
    pyuk_word top = heap->items[0];
    heap->items[0] = last;
    sift_up(heap, 0);
    return top;
}

void pyuk_heapq_heapify(pyuk_list *heap)
{
    for (pyuk_int i = heap->length / 2 - 1; i >= 0; i--)
        if (!sift_up(heap, i))
            return;
}

pyuk_word pyuk_heapq_heapreplace(pyuk_list *heap, pyuk_word item)
{
    if (!not_empty(heap))
        return 0;
    pyuk_word top = heap->items[0];
    heap->items[0] = item;
    sift_up(heap, 0);
    return top;
}

pyuk_word pyuk_heapq_heappushpop(pyuk_list *heap, pyuk_word item)
{
    if (!heap->length)
        return item;
    int lt = less(heap, heap->length, heap->items[0], item);
    if (lt <= 0)
        return item;
    pyuk_word top = heap->items[0];
    heap->items[0] = item;
    sift_up(heap, 0);
    return top;
}
