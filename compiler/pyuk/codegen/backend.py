"""LLVM optimisation and object code, in-process with llvmlite."""

from __future__ import annotations

from functools import cache

import llvmlite.binding as llvm
from llvmlite import ir

from pyuk.codegen.emitter import ModuleEmitter, Target
from pyuk.ir.nodes import Module

OPT_LEVELS = ("0", "1", "2", "3", "s")

UNIX = Target(triple="x86_64-unknown-linux-gnu", kernel=False)
KERNEL = Target(triple="x86_64-unknown-none-elf", kernel=True)


@cache
def _init_llvm() -> None:
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()


def _target_machine(target: Target, opt: str) -> llvm.TargetMachine:
    _init_llvm()
    llvm_target = llvm.Target.from_triple(target.triple)
    # x86-64-v1 (SSE2): runs on any x86-64, QEMU TCG and Xen guests included
    return llvm_target.create_target_machine(
        cpu="x86-64",
        features="",
        opt=0 if opt == "0" else 2,
        reloc="static",
        codemodel="small",
    )


def to_llvm_ir(module: Module, target: Target) -> ir.Module:
    return ModuleEmitter(module, target).emit()


def optimise(llmod: ir.Module, target: Target, opt: str) -> llvm.ModuleRef:
    """Parses, verifies and optimises; -Os marks every function optsize."""
    _init_llvm()
    if opt == "s":
        for fn in llmod.functions:
            if not fn.is_declaration:
                fn.attributes.add("optsize")
                fn.attributes.discard("alwaysinline")
    ref = llvm.parse_assembly(str(llmod))
    ref.verify()
    tm = _target_machine(target, opt)
    ref.triple = target.triple
    ref.data_layout = str(tm.target_data)
    if opt == "0":
        return ref
    pto = llvm.create_pipeline_tuning_options(speed_level=3 if opt == "3" else 2)
    if opt == "s":
        pto.loop_unrolling = False
        pto.loop_vectorization = False
        pto.slp_vectorization = False
    pb = llvm.create_pass_builder(tm, pto)
    pb.getModulePassManager().run(ref, pb)
    return ref


def emit_object(ref: llvm.ModuleRef, target: Target, opt: str) -> bytes:
    data: bytes = _target_machine(target, opt).emit_object(ref)
    return data


def emit_assembly(ref: llvm.ModuleRef, target: Target, opt: str) -> str:
    text: str = _target_machine(target, opt).emit_assembly(ref)
    return text
