/*
 * Interrupt and exception entry stubs.  Each stub pushes a dummy error code
 * where the CPU pushes none, then its vector, and joins trap_common, which
 * saves the general registers and the SSE state (compiled code keeps
 * doubles in %xmm registers across an interrupt) and calls x86_trap(frame).
 */
        .section .text.trap_entry, "ax"
        .code64

.macro stub vec
        .balign 16
        .if (\vec == 8) || (\vec >= 10 && \vec <= 14) || (\vec == 17) || (\vec == 21) || (\vec == 29) || (\vec == 30)
        .else
        pushq $0
        .endif
        pushq $\vec
        jmp trap_common
.endm

        .globl x86_trap_stubs
        .balign 16
x86_trap_stubs:                 /* 49 stubs of 16 bytes each */
        .irp vec, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48
        stub \vec
        .endr

trap_common:
        pushq %rax
        pushq %rbx
        pushq %rcx
        pushq %rdx
        pushq %rsi
        pushq %rdi
        pushq %rbp
        pushq %r8
        pushq %r9
        pushq %r10
        pushq %r11
        pushq %r12
        pushq %r13
        pushq %r14
        pushq %r15
        movq %rsp, %rbx                 /* the frame, kept in a saved reg */
        subq $512, %rsp
        andq $-16, %rsp
        fxsave (%rsp)
        movq %rbx, %rdi
        cld
        call x86_trap
        fxrstor (%rsp)
        movq %rbx, %rsp
        popq %r15
        popq %r14
        popq %r13
        popq %r12
        popq %r11
        popq %r10
        popq %r9
        popq %r8
        popq %rbp
        popq %rdi
        popq %rsi
        popq %rdx
        popq %rcx
        popq %rbx
        popq %rax
        addq $16, %rsp                  /* vector, error code */
        iretq

        /* An empty IDT turns the next exception into a triple fault. */
        .globl x86_triple_fault
x86_triple_fault:
        lidt empty_idt
        int3
        jmp x86_triple_fault

        .section .rodata.empty_idt, "a"
        .balign 8
empty_idt:
        .word 0
        .quad 0

        .section .note.GNU-stack, "", @progbits
