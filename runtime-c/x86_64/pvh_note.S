/*
 * ELF notes that make the kernel a PVH guest for both QEMU -kernel and Xen.
 * They sit in their own PT_NOTE segment (see kernel.ld.j2).  The entry is a
 * 64-bit value: QEMU reads 8 bytes there for ELF64 kernels.
 */
#include <xen/elfnote.h>

#define XENFEAT_dom0 11

.macro xen_note type
        .balign 4
        .long 2f - 1f           /* namesz */
        .long 4f - 3f           /* descsz */
        .long \type
1:      .asciz "Xen"
2:      .balign 4
3:
.endm
.macro end_note
4:      .balign 4
.endm

        .globl pvh_xen_notes
        .section .note.Xen, "a", @note
pvh_xen_notes:
        xen_note XEN_ELFNOTE_PHYS32_ENTRY
        .quad pvh_start32
        end_note
        xen_note XEN_ELFNOTE_XEN_VERSION
        .asciz "xen-3.0"
        end_note
        xen_note XEN_ELFNOTE_GUEST_OS
        .asciz "pyuk"
        end_note
        /* Xen refuses a dom0 kernel that does not claim dom0 support. */
        xen_note XEN_ELFNOTE_SUPPORTED_FEATURES
        .long (1 << XENFEAT_dom0)
        end_note

        .section .note.GNU-stack, "", @progbits
