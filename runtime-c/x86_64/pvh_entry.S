/*
 * PVH entry: 32-bit protected mode, paging off, %ebx = hvm_start_info.
 * Takes the boot timestamp, zeroes .bss, identity-maps the first 4 GiB with
 * 2 MiB pages (paging.c later refines the image to 4 KiB pages), enters
 * long mode, enables SSE and calls x86_start(start_info) on the program
 * stack.
 */
#define CR0_PE   (1 << 0)
#define CR0_MP   (1 << 1)
#define CR0_ET   (1 << 4)
#define CR0_NE   (1 << 5)
#define CR0_WP   (1 << 16)
#define CR0_PG   (1 << 31)
#define CR4_PAE  (1 << 5)
#define CR4_OSFXSR     (1 << 9)
#define CR4_OSXMMEXCPT (1 << 10)
#define MSR_EFER 0xc0000080
#define EFER_LME (1 << 8)
#define EFER_NXE (1 << 11)
#define CPUID_NX (1 << 20)       /* 0x80000001 %edx */

        .section .text.pvh_entry, "ax"
        .code32
        .globl pvh_start32
pvh_start32:
        rdtsc                           /* first: for --boot-trace */
        movl %eax, x86_boot_tsc
        movl %edx, x86_boot_tsc + 4
        movl %ebx, %esi                 /* kept for x86_start */
        cld

        movl $__bss_start, %edi
        movl $__bss_end, %ecx
        subl %edi, %ecx
        xorl %eax, %eax
        rep stosb

        /* PML4[0] -> PDPT; PDPT[0..3] -> four page directories. */
        movl $boot_pdpt + 3, boot_pml4
        movl $boot_pd + 3, %eax
        movl $boot_pdpt, %edi
        movl $4, %ecx
1:      movl %eax, (%edi)
        addl $4096, %eax
        addl $8, %edi
        loop 1b
        /* 2048 entries of 2 MiB: present, writable, large. */
        movl $0x83, %eax
        movl $boot_pd, %edi
        movl $2048, %ecx
2:      movl %eax, (%edi)
        addl $0x200000, %eax
        addl $8, %edi
        loop 2b

        movl $boot_pml4, %eax
        movl %eax, %cr3
        /* Control registers are written whole, never read: under a
         * hypervisor each access is a VM exit (a few us on hardware, tens
         * of us to ms under nested emulation), and PVH starts with every
         * writable bit clear but CR0.PE.  CR4: PAE, and SSE for the
         * compiled code's doubles. */
        movl $(CR4_PAE | CR4_OSFXSR | CR4_OSXMMEXCPT), %eax
        movl %eax, %cr4

        movl $0x80000001, %eax
        cpuid
        movl $EFER_LME, %ebx
        testl $CPUID_NX, %edx
        jz 3f
        orl $EFER_NXE, %ebx
        movl $1, x86_cpu_nx             /* for paging.c: no second CPUID */
3:      movl $MSR_EFER, %ecx
        rdmsr
        orl %ebx, %eax
        wrmsr

        /* CR0: paging, write protection, FPU on (MP, no EM emulation),
         * caches on (CD and NW clear, whatever the loader left). */
        movl $(CR0_PG | CR0_WP | CR0_NE | CR0_ET | CR0_MP | CR0_PE), %eax
        movl %eax, %cr0
        lgdt boot_gdt_desc
        ljmp $8, $long_mode

        .code64
long_mode:
        movl $16, %eax
        movl %eax, %ds
        movl %eax, %es
        movl %eax, %ss
        xorl %eax, %eax
        movl %eax, %fs
        movl %eax, %gs
        movl $__stack_hi, %esp

        fninit                          /* FPU and SSE: CR0, CR4 above */

        movl %esi, %edi
        call x86_start
        ud2

        .section .rodata.boot_gdt, "a"
        .balign 8
        /* Accessed bits preset: the GDT page is read-only after paging.c. */
boot_gdt:
        .quad 0
        .quad 0x00af9b000000ffff        /* 8: 64-bit code */
        .quad 0x00cf93000000ffff        /* 16: data */
boot_gdt_desc:
        .word boot_gdt_desc - boot_gdt - 1
        .long boot_gdt

        .section .data.boot_tsc, "aw"
        .balign 8
        .globl x86_boot_tsc
x86_boot_tsc:
        .quad 0
        .globl x86_cpu_nx
x86_cpu_nx:                             /* 1 if EFER.NXE is set */
        .long 0

        .section .bss.boot_page_tables, "aw", @nobits
        .balign 4096
        .globl boot_pml4, boot_pd
boot_pml4:      .skip 4096
boot_pdpt:      .skip 4096
boot_pd:        .skip 4 * 4096

        .section .note.GNU-stack, "", @progbits
