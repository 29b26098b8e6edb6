/*
 * Process entry.  _start aligns the stack and calls unix_start(); the
 * program itself runs on a stack of our own (stack.c), entered through
 * unix_run_on_stack().  unix_sigreturn is the SA_RESTORER the kernel needs.
 */
        .section .text._start, "ax"
        .globl _start
_start:
        xorl %ebp, %ebp
        movq %rsp, %rdi                 /* argc, argv..., 0, envp..., 0 */
        andq $-16, %rsp
        call unix_start
        ud2

        .section .text.unix_run_on_stack, "ax"
        .globl unix_run_on_stack
unix_run_on_stack:              /* (uintptr_t top): never returns */
        movq %rdi, %rsp
        xorl %ebp, %ebp
        call pyuk_main
        movl %eax, %edi
        call plat_exit
        ud2

        .section .text.unix_sigreturn, "ax"
        .globl unix_sigreturn
unix_sigreturn:
        movl $15, %eax          /* rt_sigreturn */
        syscall
        ud2

        .section .note.GNU-stack, "", @progbits
