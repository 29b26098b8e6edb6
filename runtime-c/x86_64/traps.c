/*
 * GDT with a TSS (for the IST stack), IDT, and the C side of the trap
 * stubs: CPU exceptions are fatal and print what happened; interrupts go to
 * the platform's x86_irq().
 */
#include <pyuk/platform.h>
#include "x86_64.h"

struct trap_frame {
    uint64_t r15, r14, r13, r12, r11, r10, r9, r8, rbp, rdi, rsi, rdx, rcx,
        rbx, rax, vector, error, rip, cs, rflags, rsp, ss;
};

struct tss {
    uint32_t reserved0;
    uint64_t rsp[3];
    uint64_t reserved1;
    uint64_t ist[7];
    uint64_t reserved2;
    uint16_t reserved3, iomap_base;
} __attribute__((packed));

struct idt_gate {
    uint16_t offset_lo, selector;
    uint8_t ist, type;
    uint16_t offset_mid;
    uint32_t offset_hi, reserved;
};

/* Exceptions run on their own stack, so that a fault in the guard page
 * (a stack overflow) can still be reported. */
static uint8_t ist_stack[16384] __attribute__((aligned(16)));
static struct tss tss;
static uint64_t gdt[5] = {
    0,
    0x00af9b000000ffff,     /* 8: 64-bit code */
    0x00cf93000000ffff,     /* 16: data */
    0, 0,                   /* 24: TSS, filled below */
};
static struct idt_gate idt[X86_NVECTORS];
extern const char x86_trap_stubs[];

struct __attribute__((packed)) table_ptr { uint16_t limit; uint64_t base; };

void traps_init(void)
{
    tss.ist[0] = (uint64_t)(ist_stack + sizeof ist_stack);
    tss.iomap_base = sizeof tss;
    uint64_t base = (uint64_t)&tss, limit = sizeof tss - 1;
    gdt[3] = (limit & 0xffff) | ((base & 0xffffff) << 16) | (0x89ull << 40) |
             (((limit >> 16) & 0xf) << 48) | (((base >> 24) & 0xff) << 56);
    gdt[4] = base >> 32;

    for (unsigned v = 0; v < X86_NVECTORS; v++) {
        uint64_t h = (uint64_t)(x86_trap_stubs + 16 * v);
        idt[v] = (struct idt_gate){
            .offset_lo = h & 0xffff, .selector = 8,
            .ist = v < 32 ? 1 : 0,  /* interrupts use the current stack */
            .type = 0x8e,           /* present interrupt gate: IF cleared */
            .offset_mid = (h >> 16) & 0xffff, .offset_hi = h >> 32,
        };
    }
    struct table_ptr g = { sizeof gdt - 1, (uint64_t)gdt };
    struct table_ptr i = { sizeof idt - 1, (uint64_t)idt };
    __asm__ volatile("lgdt %0; lidt %1; ltr %w2"
                     :: "m"(g), "m"(i), "r"(24) : "memory");
}

static const char *const exception_names[32] = {
    [0] = "divide error", [1] = "debug trap", [2] = "NMI",
    [3] = "breakpoint", [4] = "overflow", [5] = "bound range exceeded",
    [6] = "invalid opcode", [7] = "FPU not available",
    [8] = "double fault", [10] = "invalid TSS",
    [11] = "segment not present", [12] = "stack-segment fault",
    [13] = "general protection fault", [16] = "x87 floating-point error",
    [17] = "alignment check", [18] = "machine check",
    [19] = "SIMD floating-point error",
};

__attribute__((used)) void x86_trap(struct trap_frame *f)
{
    if (f->vector >= 32) {
        x86_irq((unsigned)f->vector);
        return;
    }
    if (f->vector == 14) {
        uint64_t addr = read_cr2();
        if (addr >= (uint64_t)__stack_guard && addr < (uint64_t)__stack_lo)
            fatal_fault("stack overflow", false, 0, 0);
        fatal_fault("page fault", true, addr, f->rip);
    }
    const char *name = exception_names[f->vector];
    fatal_fault(name ? name : "CPU exception", false, 0, f->rip);
}
