/*
 * Entry of the harness's PVH test kernel.  Xen starts it through
 * XEN_ELFNOTE_PHYS32_ENTRY in 32-bit protected mode with paging off, which
 * is all this fixture needs: it stays there and calls kmain().
 */
#define NOTE(type, name, desc)              \
    .balign 4;                              \
    .long 2f - 1f, 4f - 3f, type;           \
1:  .asciz name;                            \
2:  .balign 4;                              \
3:  desc;                                   \
4:  .balign 4

    .section .note.Xen, "a", @note
    NOTE(5, "Xen", .asciz "xen-3.0")            /* XEN_ELFNOTE_XEN_VERSION */
    NOTE(6, "Xen", .asciz "pyuk-xenhost-test")  /* XEN_ELFNOTE_GUEST_OS */
    NOTE(18, "Xen", .long _start)               /* XEN_ELFNOTE_PHYS32_ENTRY */

    .text
    .code32
    .globl _start
_start:
    cli
    cld
    movl $stack_top, %esp
    call kmain
1:  hlt
    jmp 1b

    .bss
    .balign 16
    .skip 16384
stack_top:

    .section .note.GNU-stack, "", @progbits
