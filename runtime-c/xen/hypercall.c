/*
 * Hypercalls through the hypercall page: CPUID leaves 0x40000000+ say
 * "XenVMMXenVMM"; writing the page's address to the MSR of leaf base+2 has
 * Xen fill it with one 32-byte stub per hypercall.
 */
#include <pyuk/platform.h>
#include "xen.h"

static uint8_t hypercall_page[PAGE_SIZE] __attribute__((aligned(PAGE_SIZE)));

uint32_t xen_cpuid_base(void)
{
    /* Found once: each CPUID is a VM exit. */
    static uint32_t found;
    if (found)
        return found;
    /* Xen may sit after Viridian/KVM leaves: look every 0x100. */
    for (uint32_t base = 0x40000000; base < 0x40010000; base += 0x100) {
        uint32_t r[4];
        cpuid(base, 0, r);
        if (r[1] == 0x566e6558 && r[2] == 0x65584d4d && r[3] == 0x4d4d566e &&
            r[0] - base >= 2)
            return found = base;
    }
    return 0;
}

void xen_hypercall_init(void)
{
    uint32_t base = xen_cpuid_base(), r[4];
    if (!base) {
        /* No console yet: leave a trace on the QEMU/Xen debug port. */
        for (const char *s = "pyuk: fatal: not running on Xen\n"; *s; s++)
            outb(0xe9, (uint8_t)*s);
        x86_triple_fault();
    }
    cpuid(base + 2, 0, r);
    wrmsr(r[1], (uint64_t)(uintptr_t)hypercall_page);
    paging_set_exec(hypercall_page);
}

long xen_hypercall(unsigned op, uint64_t a1, uint64_t a2, uint64_t a3,
                   uint64_t a4, uint64_t a5)
{
    register uint64_t r10 __asm__("r10") = a4;
    register uint64_t r8 __asm__("r8") = a5;
    long ret;
    /* Argument registers are outputs too: a debug Xen scrambles them. */
    __asm__ volatile("call *%[stub]"
                     : "=a"(ret), "+D"(a1), "+S"(a2), "+d"(a3), "+r"(r10),
                       "+r"(r8)
                     : [stub] "r"(hypercall_page + op * 32)
                     : "memory", "rcx", "r11");
    return ret;
}

int xen_hvm_get_param(uint32_t index, uint64_t *value)
{
    struct xen_hvm_param p = {.domid = DOMID_SELF, .index = index};
    int rc = (int)HYPERCALL2(__HYPERVISOR_hvm_op, HVMOP_get_param, &p);
    *value = p.value;
    return rc;
}

int xen_hvm_set_param(uint32_t index, uint64_t value)
{
    struct xen_hvm_param p = {.domid = DOMID_SELF, .index = index, .value = value};
    return (int)HYPERCALL2(__HYPERVISOR_hvm_op, HVMOP_set_param, &p);
}
