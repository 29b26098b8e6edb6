"""Translates pyuk IR into an LLVM module with llvmlite's IR builder.

Each IR register becomes a stack slot (LLVM's mem2reg makes SSA of them).
After every op that can raise, the code tests ``pyuk_current_exception``
and branches to the op's handler, or to the function's exit path that
records a traceback frame and returns.
"""

from __future__ import annotations

from dataclasses import dataclass

from llvmlite import ir

from pyuk.codegen import abi, tbaa
from pyuk.codegen.callgraph import recursive_functions
from pyuk.codegen.hot_path import op_count_without_exception
from pyuk.codegen.module_constants import analyse as analyse_module_constants
from pyuk.ir.nodes import BasicBlock, Const, Function, Instr, Module, Operand, Register
from pyuk.ir.opcodes import op_can_raise
from pyuk.ir.runtime_api import RUNTIME_FUNCTIONS
from pyuk.ir.types import BOOL, FLOAT, INT, STR, VOID

# Functions of at most this many IR ops on their non-raising path get
# alwaysinline, if they have at most INLINE_ALWAYS_MAX_ALL_OPS ops in all
# (see _inline_always).
INLINE_ALWAYS_MAX_OPS = 20
INLINE_ALWAYS_MAX_ALL_OPS = 3 * INLINE_ALWAYS_MAX_OPS


@dataclass
class Target:
    """What the back end needs to know about the target."""

    triple: str
    kernel: bool  # freestanding kernel: no red zone


class ModuleEmitter:
    def __init__(self, module: Module, target: Target) -> None:
        self.module = module
        self.target = target
        self.ll = ir.Module(name=module.name)
        self.ll.triple = target.triple
        self.functions: dict[str, ir.Function] = {}
        self.runtime: dict[str, ir.Function] = {}
        self.globals: dict[str, ir.GlobalVariable] = {}
        self.defined_flags: dict[str, ir.GlobalVariable] = {}
        self.strings: dict[str, ir.GlobalVariable] = {}
        self.cstrings: dict[str, ir.GlobalVariable] = {}
        self.recursive = recursive_functions(module)
        self.module_constants = analyse_module_constants(module)
        self.class_emitter: object = None  # codegen.classes.ClassEmitter, set by emit()

    # ---- module level ----

    def emit(self) -> ir.Module:
        for g in self.module.globals:
            var = ir.GlobalVariable(self.ll, abi.llvm_type(g.type), name=g.name)
            var.linkage = "internal"
            var.initializer = ir.Constant(abi.llvm_type(g.type), None)
            self.globals[g.name] = var
        for fn in self.module.functions:
            self.functions[fn.name] = self._declare_function(fn)
        from pyuk.codegen.classes import ClassEmitter

        self.class_emitter = ClassEmitter(self)
        self.class_emitter.emit()
        # reached through vtables and hooks: indirect calls can recurse
        self.recursive |= self.class_emitter.may_recurse()
        for fn in self.module.functions:
            FunctionEmitter(self, fn).emit()
        self._emit_roots()
        self._emit_program_file()
        return self.ll

    def _declare_function(self, fn: Function) -> ir.Function:
        fnty = ir.FunctionType(
            abi.llvm_type(fn.return_type), [abi.llvm_type(p.type) for p in fn.params]
        )
        llfn = ir.Function(self.ll, fnty, name=fn.name)
        if not fn.exported:
            llfn.linkage = "internal"
        llfn.attributes.add("nounwind")
        if self.target.kernel:
            llfn.attributes.add("noredzone")
        if self._inline_always(fn):
            llfn.attributes.add("alwaysinline")
        return llfn

    def _inline_always(self, fn: Function) -> bool:
        """Small functions (getters, arithmetic helpers) are inlined at every
        direct call: LLVM's own cost model counts their cold raise paths
        (OverflowError, IndexError...) and keeps them out of hot loops.
        The size is that of the non-raising path, so that a ``try`` in a
        function does not change the decision; the cap on all ops bounds
        the cold code copied into each caller.  backend.optimise drops the
        attribute at -Os."""
        if fn.exported or fn.name in self.recursive or fn.name.endswith(".<module>"):
            return False
        all_ops = sum(len(block.instrs) for block in fn.blocks)
        return (
            op_count_without_exception(fn) <= INLINE_ALWAYS_MAX_OPS
            and all_ops <= INLINE_ALWAYS_MAX_ALL_OPS
        )

    def _emit_roots(self) -> None:
        """pyuk_program_roots: the address of every reference-holding global."""
        refs = [self.globals[g.name] for g in self.module.globals if g.type.is_ref]
        array_type = ir.ArrayType(abi.PTR, len(refs) + 1)
        roots = ir.GlobalVariable(self.ll, array_type, name=abi.PROGRAM_ROOTS)
        roots.global_constant = True
        roots.initializer = ir.Constant(array_type, [*refs, ir.Constant(abi.PTR, None)])

    def _emit_program_file(self) -> None:
        data = bytearray(self.module.file.encode() + b"\0")
        var = ir.GlobalVariable(self.ll, ir.ArrayType(abi.I8, len(data)), name=abi.PROGRAM_FILE)
        var.global_constant = True
        var.initializer = ir.Constant(ir.ArrayType(abi.I8, len(data)), data)

    # ---- symbols ----

    def runtime_function(self, name: str) -> ir.Function:
        if name not in self.runtime:
            decl = RUNTIME_FUNCTIONS[name]
            fnty = ir.FunctionType(
                abi.llvm_type(decl.result), [abi.llvm_type(p) for p in decl.params]
            )
            self.runtime[name] = self._external_function(name, fnty)
        return self.runtime[name]

    def _external_function(self, name: str, fnty: ir.FunctionType) -> ir.Function:
        existing = self.ll.globals.get(name)
        if isinstance(existing, ir.Function):
            return existing
        llfn = ir.Function(self.ll, fnty, name=name)
        llfn.attributes.add("nounwind")
        if name.startswith("pyuk_raise") or name == abi.TRACEBACK_ADD:
            # only on the way to an exception: LLVM lays these paths out of
            # the way and spills registers there, not on the hot path
            llfn.attributes.add("cold")
        return llfn

    def external_global(self, name: str, lltype: ir.Type) -> ir.GlobalVariable:
        existing = self.ll.globals.get(name)
        if isinstance(existing, ir.GlobalVariable):
            return existing
        return ir.GlobalVariable(self.ll, lltype, name=name)

    def traceback_add(self) -> ir.Function:
        fnty = ir.FunctionType(abi.VOID, [abi.PTR, abi.I64])
        return self._external_function(abi.TRACEBACK_ADD, fnty)

    def defined_flag(self, global_name: str) -> ir.GlobalVariable:
        """An i1 set once the global has been assigned (for NameError)."""
        if global_name not in self.defined_flags:
            var = ir.GlobalVariable(self.ll, abi.I1, name=f"{global_name}.defined")
            var.linkage = "internal"
            var.initializer = ir.Constant(abi.I1, 0)
            self.defined_flags[global_name] = var
        return self.defined_flags[global_name]

    def str_constant(self, text: str) -> ir.GlobalVariable:
        """A str object in writable data (its hash is cached on first use)."""
        if text not in self.strings:
            data = bytearray(text.encode("utf-8", "surrogatepass") + b"\0")
            lltype = abi.str_constant_type(len(data) - 1)
            var = ir.GlobalVariable(self.ll, lltype, name=f".str.{len(self.strings)}")
            var.linkage = "internal"
            var.align = 8
            str_type = self.external_global(abi.TYPE_STR, abi.I8)
            var.initializer = ir.Constant(
                lltype,
                [
                    str_type,
                    ir.Constant(abi.I64, -1),
                    ir.Constant(abi.I64, len(text)),
                    ir.Constant(abi.I64, len(data) - 1),
                    ir.Constant(ir.ArrayType(abi.I8, len(data)), data),
                ],
            )
            self.strings[text] = var
        return self.strings[text]

    def cstring(self, text: str) -> ir.GlobalVariable:
        if text not in self.cstrings:
            data = bytearray(text.encode() + b"\0")
            lltype = ir.ArrayType(abi.I8, len(data))
            var = ir.GlobalVariable(self.ll, lltype, name=f".cstr.{len(self.cstrings)}")
            var.linkage = "internal"
            var.global_constant = True
            var.unnamed_addr = True
            var.initializer = ir.Constant(lltype, data)
            self.cstrings[text] = var
        return self.cstrings[text]

    def code_location(self, fn: Function) -> ir.GlobalVariable:
        existing = self.ll.globals.get(f"{fn.name}.location")
        if isinstance(existing, ir.GlobalVariable):
            return existing
        var = ir.GlobalVariable(self.ll, abi.CODE_LOCATION, name=f"{fn.name}.location")
        var.linkage = "internal"
        var.global_constant = True
        var.initializer = ir.Constant(
            abi.CODE_LOCATION,
            [self.cstring(fn.display), self.cstring(fn.file or self.module.file)],
        )
        return var


class FunctionEmitter:
    def __init__(self, parent: ModuleEmitter, fn: Function) -> None:
        self.parent = parent
        self.fn = fn
        self.llfn = parent.functions[fn.name]
        entry = self.llfn.append_basic_block("entry")
        self.b = ir.IRBuilder(entry)
        self.slots: dict[Register, ir.AllocaInstr] = {}
        self.blocks: dict[BasicBlock, ir.Block] = {}
        self._propagate: ir.Block | None = None
        self._propagate_line: ir.PhiInstr | None = None
        # per handler block: the landing that records this frame first
        self._landings: dict[BasicBlock, tuple[ir.Block, ir.PhiInstr]] = {}
        self._bare_return: ir.Block | None = None

    # ---- structure ----

    def emit(self) -> None:
        for reg in [*self.fn.params, *self.fn.registers]:
            self.slots[reg] = self.b.alloca(abi.llvm_type(reg.type), name=reg.name)
        for reg, arg in zip(self.fn.params, self.llfn.args, strict=True):
            self.b.store(arg, self.slots[reg])
        for block in self.fn.blocks:
            self.blocks[block] = self.llfn.append_basic_block(block.label)
        self._assume_no_pending_exception()
        if self.fn.name in self.parent.recursive:
            self._stack_check()
        self.b.branch(self.blocks[self.fn.blocks[0]])
        from pyuk.codegen.ops import emit_instr

        for block in self.fn.blocks:
            self.b.position_at_end(self.blocks[block])
            for instr in block.instrs:
                emit_instr(self, instr)
            if not block.terminated:
                self.b.unreachable()

    def _assume_no_pending_exception(self) -> None:
        """Compiled code is only ever entered with no exception pending
        (handlers take it first; the runtime stops calling back after one
        is raised).  Told so, LLVM drops the pending-exception test after
        a call that it inlines, when the callee's normal path calls
        nothing: the test then reads what the entry read."""
        current = self.parent.external_global(abi.CURRENT_EXCEPTION, abi.PTR)
        pending = tbaa.tag(self.b.load(current, typ=abi.PTR), tbaa.EXCEPTION)
        none = self.b.icmp_unsigned("==", pending, ir.Constant(abi.PTR, None))
        assume = self.b.module.declare_intrinsic(
            "llvm.assume", (), ir.FunctionType(abi.VOID, [abi.I1]))
        self.b.call(assume, [none])

    def _stack_check(self) -> None:
        """RecursionError instead of a stack overflow, in functions that can
        recurse (the others run at a bounded depth above a checked frame)."""
        frameaddress = self.b.module.declare_intrinsic(
            "llvm.frameaddress", [abi.PTR], ir.FunctionType(abi.PTR, [abi.I32])
        )
        frame = self.b.call(frameaddress, [ir.Constant(abi.I32, 0)])
        limit_var = self.parent.external_global(abi.STACK_LIMIT, abi.I64)
        limit = self.b.load(limit_var, typ=abi.I64)
        below = self.b.icmp_unsigned("<", self.b.ptrtoint(frame, abi.I64), limit)
        overflow = self.llfn.append_basic_block("stack_overflow")
        ok = self.llfn.append_basic_block("stack_ok")
        self.b.cbranch(below, overflow, ok)
        self.b.position_at_end(overflow)
        self.b.call(self.parent.runtime_function("pyuk_raise_recursion"), [])
        # the frame never started: no traceback entry for it, like CPython
        self.return_undefined()
        self.b.position_at_end(ok)

    def return_undefined(self) -> None:
        if self.fn.return_type == VOID:
            self.b.ret_void()
        else:
            self.b.ret(ir.Constant(abi.llvm_type(self.fn.return_type), None))

    # ---- values ----

    def value(self, operand: Operand) -> ir.Value:
        if isinstance(operand, Register):
            slot = self.slots[operand]
            return self.b.load(slot, typ=slot.allocated_type)
        return self.constant(operand)

    def constant(self, const: Const) -> ir.Value:
        value = const.value
        if const.type == STR:
            assert isinstance(value, str)
            return self.parent.str_constant(value)
        if value is None:
            return ir.Constant(abi.PTR, None)
        if const.type == BOOL:
            return ir.Constant(abi.I1, int(bool(value)))
        if const.type == INT:
            return ir.Constant(abi.I64, int(value))
        if const.type == FLOAT:
            return ir.Constant(abi.F64, float(value))
        raise AssertionError(f"unexpected constant {const}")

    def store(self, dest: Register | None, value: ir.Value) -> None:
        assert dest is not None
        self.b.store(value, self.slots[dest])

    # ---- exceptions ----

    def error_target(self, instr: Instr) -> ir.Block:
        """Where control goes when ``instr`` raises.  An exception raised
        here records this frame (once, with the op's line) on its way to
        the handler or out of the function; one re-raised (``exc.reraise``)
        has the frame in its traceback already and goes straight on."""
        if instr.op == "exc.reraise":
            if instr.handler is not None:
                return self.blocks[instr.handler]
            return self._bare_return_block()
        if instr.handler is not None:
            return self._landing_block(instr.handler, instr.line)
        return self._propagate_block(instr.line)

    def _landing_block(self, handler: BasicBlock, line: int) -> ir.Block:
        """Records this frame in the traceback, then enters ``handler``."""
        if handler not in self._landings:
            saved = self.b.block
            block = self.llfn.append_basic_block(f"catch.{handler.label}")
            self.b.position_at_end(block)
            phi = self.b.phi(abi.I64, name="line")
            if not self.fn.exported and self.fn.display:  # glue code has no frame
                location = self.parent.code_location(self.fn)
                self.b.call(self.parent.traceback_add(), [location, phi])
            self.b.branch(self.blocks[handler])
            self.b.position_at_end(saved)
            self._landings[handler] = (block, phi)
        block, phi = self._landings[handler]
        phi.add_incoming(ir.Constant(abi.I64, line), self.b.block)
        return block

    def _bare_return_block(self) -> ir.Block:
        """Returns with the exception pending, recording nothing."""
        if self._bare_return is None:
            saved = self.b.block
            self._bare_return = self.llfn.append_basic_block("reraise")
            self.b.position_at_end(self._bare_return)
            self.return_undefined()
            self.b.position_at_end(saved)
        return self._bare_return

    def _propagate_block(self, line: int) -> ir.Block:
        """The block that records this frame in the traceback and returns;
        a phi picks the line of the op that raised."""
        if self._propagate is None:
            saved = self.b.block
            self._propagate = self.llfn.append_basic_block("propagate")
            self.b.position_at_end(self._propagate)
            self._propagate_line = self.b.phi(abi.I64, name="line")
            if not self.fn.exported and self.fn.display:  # glue code has no frame
                location = self.parent.code_location(self.fn)
                self.b.call(self.parent.traceback_add(), [location, self._propagate_line])
            self.return_undefined()
            self.b.position_at_end(saved)
        assert self._propagate_line is not None
        self._propagate_line.add_incoming(ir.Constant(abi.I64, line), self.b.block)
        return self._propagate

    def raise_to(self, instr: Instr) -> None:
        """Ends the current block by jumping to the error target."""
        self.b.branch(self.error_target(instr))

    def check_exception(self, instr: Instr) -> None:
        """After a call that can raise: continue only if nothing is pending."""
        if not op_can_raise(instr.op, instr.symbol):
            return
        current = self.parent.external_global(abi.CURRENT_EXCEPTION, abi.PTR)
        exception = tbaa.tag(self.b.load(current, typ=abi.PTR), tbaa.EXCEPTION)
        pending = self.b.icmp_unsigned("!=", exception, ir.Constant(abi.PTR, None))
        cont = self.llfn.append_basic_block()
        with_error = self.b.block
        target = self.error_target(instr)
        self.b.position_at_end(with_error)
        self.b.cbranch(pending, target, cont)
        # cold path: tell LLVM that raising is unlikely
        self.b.block.instructions[-1].set_metadata(
            "prof",
            self.b.module.add_metadata(["branch_weights", ir.Constant(abi.I32, 1),
                                        ir.Constant(abi.I32, 2000)]),
        )
        self.b.position_at_end(cont)
