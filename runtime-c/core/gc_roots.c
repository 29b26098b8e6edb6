/*
 * Roots: the compiler's module-level slots, slots the runtime registers,
 * the pending exception (all precise), and the stack plus callee-saved
 * registers (conservative: compiled code keeps no stack maps).
 */
#include "gc_internal.h"

/* Enough for the runtime's own caches; overflowing it is a runtime bug. */
#define GC_MAX_RUNTIME_ROOTS 256

static pyuk_object **runtime_roots[GC_MAX_RUNTIME_ROOTS];
static unsigned nruntime_roots;

void pyuk_gc_add_root(pyuk_object **slot)
{
    if (nruntime_roots == GC_MAX_RUNTIME_ROOTS)
        plat_panic("too many runtime GC roots");
    runtime_roots[nruntime_roots++] = slot;
}

/* Reads stack words the sanitizer would call out of bounds (other
 * frames' redzones): that is exactly what a conservative scan does. */
__attribute__((no_sanitize_address)) static void
scan_words(uintptr_t lo, uintptr_t hi)
{
    lo = (lo + sizeof(uintptr_t) - 1) & ~(uintptr_t)(sizeof(uintptr_t) - 1);
    for (uintptr_t p = lo; p + sizeof(uintptr_t) <= hi; p += sizeof(uintptr_t))
        gc_mark_conservative(*(const volatile uintptr_t *)p);
}

/* Spills the callee-saved registers into this frame, then scans from here
 * to the stack's top: every caller's frame, and the registers that may
 * hold the only copy of a pointer.  (Caller-saved registers are dead
 * across the call into the runtime.) */
__attribute__((noinline)) static void scan_stack_and_registers(void)
{
    uintptr_t regs[6]; /* rbx, rbp, r12-r15 */
#if defined(__x86_64__)
    __asm__ volatile("movq %%rbx, 0(%0)\n\t"
                     "movq %%rbp, 8(%0)\n\t"
                     "movq %%r12, 16(%0)\n\t"
                     "movq %%r13, 24(%0)\n\t"
                     "movq %%r14, 32(%0)\n\t"
                     "movq %%r15, 40(%0)\n\t"
                     :
                     : "r"(regs)
                     : "memory");
#else
    /* makes gcc save every callee-saved register in this frame */
    __builtin_unwind_init();
    __builtin_memset(regs, 0, sizeof regs);
#endif
    uintptr_t lo, hi;
    plat_stack_bounds(&lo, &hi);
    uintptr_t here = (uintptr_t)regs;
    if (here < lo || here >= hi)
        plat_panic("collection outside the program stack");
    scan_words(here, hi);
    __asm__ volatile("" : : "r"(regs) : "memory");
}

void gc_mark_roots(void)
{
    for (pyuk_object **const *slot = pyuk_program_roots; *slot; slot++)
        gc_mark_visit(**slot);
    for (unsigned i = 0; i < nruntime_roots; i++)
        gc_mark_visit(*runtime_roots[i]);
    gc_mark_visit(pyuk_current_exception);
    gc_mark_visit(pyuk_handled_exception);
    scan_stack_and_registers();
}
