/*
 * What the two kernels (kvm, xen) share: CPU helpers, the boot record and
 * the hooks between runtime-c/x86_64 and the platform folders.
 */
#ifndef PYUK_X86_64_H
#define PYUK_X86_64_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#define PAGE_SIZE 4096u

/* ---- image layout, from kernel.ld.j2 ---- */
extern char __image_start[], __text_end[], __rodata_end[], __image_end[];
extern char __stack_guard[], __stack_lo[], __stack_hi[];

/* ---- boot record, filled by boot_info.c from hvm_start_info ---- */
#define X86_MAX_RAM_RANGES 32
struct x86_ram_range { uint64_t base, end; };
struct x86_boot_info {
    uint32_t flags;              /* SIF_* from hvm_start_info */
    uint32_t nram;
    struct x86_ram_range ram[X86_MAX_RAM_RANGES];
};
extern struct x86_boot_info x86_boot;
void boot_info_read(uint32_t start_info_paddr);
void boot_add_ram(uint64_t base, uint64_t size);

/* First free physical byte after the image and the boot page tables. */
extern uintptr_t x86_boot_alloc_end;
void *boot_alloc_page(void);

/* ---- paging.c ---- */
void paging_init(void);
/* Makes one page of the image read-only and executable (Xen's hypercall
 * page: Xen fills it through the physical address, we only call into it). */
void paging_set_exec(void *page);

/* ---- traps.c ---- */
void traps_init(void);
#define X86_IRQ_BASE 32      /* vectors 32..47: legacy PIC lines */
#define X86_VEC_UPCALL 48    /* Xen event-channel upcall */
#define X86_NVECTORS 49

/* ---- tsc.c ---- */
extern uint64_t x86_boot_tsc;  /* written by pvh_entry.S */
extern uint32_t x86_cpu_nx;    /* pvh_entry.S: 1 if the CPU has NX (EFER.NXE set) */
/* TSC at the end of each boot phase (boot info, traps, paging, platform;
 * the last, runtime, is taken at main by --boot-trace: boot_trace.c). */
#define X86_BOOT_MARKS 5
extern uint64_t x86_boot_marks[X86_BOOT_MARKS];
/* TSC frequency from CPUID (0x15, 0x16, hypervisor leaf 0x40000010), or 0. */
uint64_t tsc_hz_from_cpuid(void);
/* ticks -> ns with a 32.32 fixed-point factor made by tsc_ns_factor(). */
uint64_t tsc_ns_factor(uint64_t hz);
static inline uint64_t tsc_to_ns(uint64_t ticks, uint64_t factor)
{
    return (uint64_t)(((unsigned __int128)ticks * factor) >> 32);
}

/* ---- fatal.c ---- */
/* Prints "pyuk: fatal: <what>[ at <addr>][ (rip <rip>)]" and exits 1. */
__attribute__((noreturn)) void fatal_fault(const char *what, bool with_addr,
                                           uint64_t addr, uint64_t rip);

/* ---- provided by the platform folder (kvm/ or xen/) ---- */
void x86_platform_init(void);     /* console, timers; after paging_init */
void x86_irq(unsigned vector);    /* an interrupt at vector >= 32 */

/* ---- CPU instructions ---- */
static inline uint64_t rdtsc(void)
{
    uint32_t lo, hi;
    __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
    return ((uint64_t)hi << 32) | lo;
}
static inline void cpuid(uint32_t leaf, uint32_t sub, uint32_t r[4])
{
    __asm__ volatile("cpuid" : "=a"(r[0]), "=b"(r[1]), "=c"(r[2]), "=d"(r[3])
                     : "a"(leaf), "c"(sub));
}
static inline uint64_t rdmsr(uint32_t msr)
{
    uint32_t lo, hi;
    __asm__ volatile("rdmsr" : "=a"(lo), "=d"(hi) : "c"(msr));
    return ((uint64_t)hi << 32) | lo;
}
#define MSR_FS_BASE 0xc0000100u

static inline void wrmsr(uint32_t msr, uint64_t v)
{
    __asm__ volatile("wrmsr" :: "c"(msr), "a"((uint32_t)v), "d"((uint32_t)(v >> 32)));
}
static inline void outb(uint16_t port, uint8_t v)
{
    __asm__ volatile("outb %0, %1" :: "a"(v), "Nd"(port));
}
static inline void outw(uint16_t port, uint16_t v)
{
    __asm__ volatile("outw %0, %1" :: "a"(v), "Nd"(port));
}
static inline void outl(uint16_t port, uint32_t v)
{
    __asm__ volatile("outl %0, %1" :: "a"(v), "Nd"(port));
}
static inline uint8_t inb(uint16_t port)
{
    uint8_t v;
    __asm__ volatile("inb %1, %0" : "=a"(v) : "Nd"(port));
    return v;
}
static inline uint64_t read_cr2(void)
{
    uint64_t v;
    __asm__ volatile("mov %%cr2, %0" : "=r"(v));
    return v;
}
static inline void cpu_relax(void) { __asm__ volatile("pause" ::: "memory"); }
static inline void barrier(void) { __asm__ volatile("" ::: "memory"); }
/* Sleeps until the next interrupt; STI's one-instruction shadow makes the
 * pair atomic, so a wake-up cannot slip in between the check and the HLT. */
static inline void halt_until_interrupt(void)
{
    __asm__ volatile("sti; hlt; cli" ::: "memory");
}
/* Ends the machine for sure: no IDT, then an exception is a triple fault. */
__attribute__((noreturn)) void x86_triple_fault(void);

#endif
