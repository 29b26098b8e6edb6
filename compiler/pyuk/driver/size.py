"""``pyuk size``: where every byte of a stripped image comes from.

The image is linked with a map (``ld -Map``) and stripped the way
``pyuk compile --size`` strips it.  Every byte of the stripped file is then
given to exactly one component, so the components add up to the file size:

- the ELF file header, the program headers, the section header table and
  the section-name table (``headers``);
- each allocated section's bytes, split by the input sections the linker
  map places in it: an object of ``runtime-c/x86_64``, ``kvm``, ``xen`` or
  ``unix`` is *boot and platform*, one of ``runtime-c/core`` belongs to its
  runtime module, musl's libc and libgcc to *libc*, and the compiled
  program's object to its Python modules, function by function, through
  the symbols of the unstripped image (code LLVM inlined counts for the
  function it was inlined into; the top-level code of every module ends
  up in ``pyuk_program_run``, counted for the main module);
- ``*fill*`` between input sections and the gaps between sections in the
  file (``padding``), and bytes the linker script itself emits
  (``linker``).

Each component's bytes are counted per section kind: code (``.text``),
read-only data (``.rodata``, ``.note*``), data (``.data``); ``.bss`` takes
no room in the file and is reported beside the total (memory only).
"""

from __future__ import annotations

import re
import struct
import subprocess
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from pyuk.ir.nodes import Module

KINDS = ("code", "rodata", "data")

# Runtime-core files grouped into modules: the file name's first word,
# with these merges.
_RUNTIME_MODULE_ALIASES = {
    "exception": "exceptions",
    "report": "exceptions",
    "traceback": "exceptions",
    "num": "int",
    "strbuf": "str",
    "text": "str",
    "unicode": "str",
    "box": "object",
    "mem": "main",
}

PLATFORM_FOLDERS = ("x86_64", "kvm", "xen", "unix")

# ---- the ELF file ----

SHT_NOBITS = 8
SHF_ALLOC = 2
SHF_WRITE = 1
SHF_EXECINSTR = 4


@dataclass
class Section:
    name: str
    type: int
    flags: int
    addr: int
    offset: int
    size: int

    @property
    def in_file(self) -> bool:
        return self.type != SHT_NOBITS and self.size > 0

    @property
    def kind(self) -> str:
        if self.flags & SHF_EXECINSTR:
            return "code"
        if self.flags & SHF_WRITE:
            return "data"
        return "rodata"


@dataclass
class Elf:
    size: int
    header: int
    phdrs: tuple[int, int]  # offset, bytes
    shdrs: tuple[int, int]
    shstrndx: int
    sections: list[Section]


def read_elf(path: Path) -> Elf:
    data = path.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise ValueError(f"{path}: not a little-endian ELF64 file")
    (e_phoff, e_shoff, _flags, e_ehsize, e_phentsize, e_phnum, e_shentsize, e_shnum,
     e_shstrndx) = struct.unpack_from("<QQIHHHHHH", data, 32)
    raw = []
    for i in range(e_shnum):
        name, sh_type, flags, addr, offset, size = struct.unpack_from(
            "<IIQQQQ", data, e_shoff + i * e_shentsize)
        raw.append((name, sh_type, flags, addr, offset, size))
    strtab = raw[e_shstrndx] if e_shnum else None
    sections = []
    for name, sh_type, flags, addr, offset, size in raw:
        text = ""
        if strtab is not None:
            start = strtab[4] + name
            text = data[start:data.index(b"\0", start)].decode()
        sections.append(Section(text, sh_type, flags, addr, offset, size))
    return Elf(len(data), e_ehsize, (e_phoff, e_phnum * e_phentsize),
               (e_shoff, e_shnum * e_shentsize), e_shstrndx, sections)


def read_symbols(path: Path) -> list[tuple[int, int, str]]:
    """(address, size, name) of the defined symbols with a size, from nm."""
    out = subprocess.run(["nm", "-S", "--defined-only", str(path)], capture_output=True,
                         text=True, check=True).stdout
    symbols = []
    for line in out.splitlines():
        parts = line.split(None, 3)
        if len(parts) == 4:
            symbols.append((int(parts[0], 16), int(parts[1], 16), parts[3]))
    return symbols


# ---- the linker map ----


@dataclass
class InputPiece:
    addr: int
    size: int
    owner: str  # the object file as the map names it; "*fill*" for padding


_HEX = r"0x([0-9a-fA-F]+)"
_FULL = re.compile(rf"^ (\S+)\s+{_HEX}\s+{_HEX}(?:\s+(.*))?$")
_CONT = re.compile(rf"^\s+{_HEX}\s+{_HEX}\s+(\S.*)$")
_NAME_ONLY = re.compile(r"^ (\S+)$")


def read_map(path: Path) -> list[InputPiece]:
    """Input sections and fills placed by the linker, from ``ld -Map``.  An
    input section is one line (`` name addr size file``), or two when its
    name is long (the name alone, then ``addr size file``)."""
    lines = path.read_text().splitlines()
    try:
        start = lines.index("Linker script and memory map")
    except ValueError:
        raise ValueError(f"{path}: not a GNU ld map") from None
    pieces: list[InputPiece] = []
    i = start + 1
    while i < len(lines):
        line = lines[i]
        i += 1
        match = _FULL.match(line)
        if match:
            name, addr, size, owner = match.groups()
            if name == "*fill*":
                pieces.append(InputPiece(int(addr, 16), int(size, 16), "*fill*"))
            elif owner and not name.startswith("*") and not owner.startswith("0x"):
                pieces.append(InputPiece(int(addr, 16), int(size, 16), owner.strip()))
            continue
        match = _NAME_ONLY.match(line)
        if match and not match.group(1).startswith("*") and i < len(lines):
            cont = _CONT.match(lines[i])
            if cont and not cont.group(3).startswith(("0x", "QUAD", "LONG", "SHORT", "BYTE")):
                pieces.append(InputPiece(int(cont.group(1), 16), int(cont.group(2), 16),
                                         cont.group(3).strip()))
                i += 1
    return [p for p in pieces if p.size > 0]


# ---- components ----


def component_of(owner: str) -> tuple[str, str]:
    """(group, component) for an input file named in the map."""
    if owner == "*fill*":
        return "padding", "padding"
    member = re.search(r"\(([^()]+)\)$", owner)
    archive = owner[:member.start()] if member else owner
    name = member.group(1) if member else Path(owner).name
    if "libpyuk-" in archive:
        folder, _, file = name.partition("-")
        stem = file.split(".")[0]
        if folder in PLATFORM_FOLDERS:
            return "boot and platform", f"{folder}/{stem}"
        word = stem.split("_")[0]
        return "runtime core", _RUNTIME_MODULE_ALIASES.get(word, word)
    if "musl" in archive or archive.endswith("libc.a"):
        return "libc", "musl " + name.split(".")[0]
    if "libgcc" in archive:
        return "libc", "libgcc"
    if name == "program.o":
        return "python", "program"
    return "other", name


@dataclass
class SizeReport:
    source: str
    target: str
    total: int
    bss: int
    # group -> component -> kind -> bytes (kinds: code, rodata, data, file)
    components: dict[str, dict[str, dict[str, int]]] = field(default_factory=dict)

    def add(self, group: str, component: str, kind: str, size: int) -> None:
        if size <= 0:
            return
        entry = self.components.setdefault(group, {}).setdefault(component, {})
        entry[kind] = entry.get(kind, 0) + size

    def group_totals(self) -> dict[str, int]:
        return {g: sum(sum(k.values()) for k in comps.values())
                for g, comps in self.components.items()}

    def accounted(self) -> int:
        return sum(self.group_totals().values())

    def to_json(self) -> dict[str, object]:
        sections: dict[str, int] = defaultdict(int)
        for comps in self.components.values():
            for kinds in comps.values():
                for kind, size in kinds.items():
                    sections[kind] += size
        return {
            "source": self.source,
            "target": self.target,
            "total": self.total,
            "bss": self.bss,
            "sections": {"text": sections.get("code", 0),
                         "rodata": sections.get("rodata", 0),
                         "data": sections.get("data", 0),
                         "headers": sections.get("headers", 0),
                         "padding": sections.get("padding", 0)},
            "groups": self.group_totals(),
            "components": {
                group: {name: dict(kinds) for name, kinds in sorted(comps.items())}
                for group, comps in self.components.items()
            },
        }


def python_modules(module: Module | None) -> list[str]:
    """Names of the compiled Python modules, longest first: each has a
    top-level function named ``<name>.<module>``."""
    if module is None:
        return []
    names = {fn.name[: -len(".<module>")] for fn in module.functions
             if fn.name.endswith(".<module>")}
    return sorted(names, key=len, reverse=True)


def _python_component(symbol: str, modules: list[str], main: str) -> str:
    if symbol == "pyuk_program_run":
        return main
    for name in modules:
        if symbol.startswith(name + "."):
            return name
    if symbol.startswith((".str", ".cstr", ".bytes")):
        return "constants"
    return "program tables" if symbol.startswith("pyuk_") else "constants"


def _subtract(start: int, end: int, covered: list[tuple[int, int]]) -> int:
    """Bytes of [start, end) that no interval of ``covered`` holds."""
    free = 0
    cursor = start
    for a, b in sorted(covered):
        a, b = max(a, start), min(b, end)
        if b <= a:
            continue
        if a > cursor:
            free += a - cursor
        cursor = max(cursor, b)
    return free + max(0, end - cursor)


def analyse(image: Path, stripped: Path, map_file: Path, target: str, source: str,
            module: Module | None = None, main_module: str | None = None) -> SizeReport:
    elf = read_elf(stripped)
    unstripped = read_elf(image)
    pieces = read_map(map_file)
    symbols = read_symbols(image)
    modules = python_modules(module)
    main = main_module or (modules[-1] if modules else Path(source).stem)
    bss = sum(s.size for s in unstripped.sections
              if s.type == SHT_NOBITS and s.flags & SHF_ALLOC and s.name != ".stack")
    report = SizeReport(source, target, elf.size, bss)

    covered: list[tuple[int, int]] = [(0, elf.header)]
    report.add("headers", "ELF header", "headers", elf.header)
    for label, (offset, size) in (("program headers", elf.phdrs),
                                  ("section headers", elf.shdrs)):
        report.add("headers", label, "headers", size)
        covered.append((offset, offset + size))
    for index, section in enumerate(elf.sections):
        if not section.in_file:
            continue
        covered.append((section.offset, section.offset + section.size))
        if not section.flags & SHF_ALLOC:
            # .shstrtab (and whatever strip kept): file metadata
            group = "headers" if index == elf.shstrndx else "other"
            report.add(group, section.name, "headers", section.size)
            continue
        _split_section(report, section, pieces, symbols, modules, main)
    report.add("padding", "padding", "padding", _subtract(0, elf.size, covered))
    if report.accounted() != report.total:
        raise AssertionError(
            f"size accounting is off: {report.accounted()} of {report.total} bytes")
    return report


def _split_section(report: SizeReport, section: Section, pieces: list[InputPiece],
                   symbols: list[tuple[int, int, str]], modules: list[str], main: str) -> None:
    start, end = section.addr, section.addr + section.size
    kind = section.kind
    inside = sorted((p for p in pieces if p.addr < end and p.addr + p.size > start),
                    key=lambda p: p.addr)
    cursor = start
    for piece in inside:
        # merged string sections (SHF_MERGE) keep their unmerged sizes in the
        # map and so overlap what follows: each byte counts once, for the
        # first piece that claims it
        a, b = max(piece.addr, start, cursor), min(piece.addr + piece.size, end)
        if b <= a:
            continue
        cursor = b
        group, component = component_of(piece.owner)
        if group == "python":
            _split_python(report, a, b, kind, symbols, modules, main)
        else:
            report.add(group, component, "padding" if group == "padding" else kind, b - a)
    gaps = _subtract(start, end, [(p.addr, p.addr + p.size) for p in inside])
    report.add("linker", "linker script data", kind, gaps)


def _split_python(report: SizeReport, start: int, end: int, kind: str,
                  symbols: list[tuple[int, int, str]], modules: list[str], main: str) -> None:
    """The compiled program's bytes in [start, end), by the symbols there;
    bytes between symbols (alignment, unnamed constants) count as padding
    when they are code and as constants otherwise."""
    spans = sorted((max(a, start), min(a + s, end), name) for a, s, name in symbols
                   if s > 0 and a < end and a + s > start)
    cursor = start
    for a, b, name in spans:
        if a < cursor:  # aliases and overlapping symbols count once
            a = cursor
        if b <= a:
            continue
        if a > cursor:
            _python_gap(report, cursor, a, kind)
        report.add("python", _python_component(name, modules, main), kind, b - a)
        cursor = b
    if end > cursor:
        _python_gap(report, cursor, end, kind)


def _python_gap(report: SizeReport, a: int, b: int, kind: str) -> None:
    if kind == "code":
        report.add("padding", "padding", "padding", b - a)
    else:
        report.add("python", "constants", kind, b - a)


# ---- the pipeline ----


def strip(image: Path, out: Path) -> Path:
    subprocess.run(["strip", "-o", str(out), str(image)], check=True)
    return out


def measure_program(source: Path, target: str, opt: str = "2",
                    mypy_cache: Path | None = None,
                    stack_size: int | None = None) -> SizeReport:
    """Compiles ``source`` for ``target`` with a linker map and accounts
    for the stripped image."""
    from pyuk.driver.compile import CompileOptions, compile_program

    with tempfile.TemporaryDirectory(prefix="pyuk-size-") as tmp:
        work = Path(tmp)
        image = work / ("image.elf" if target != "unix" else "image")
        map_file = work / "image.map"
        result = compile_program(CompileOptions(
            source=source, target=target, output=image, opt=opt, map_file=map_file,
            mypy_cache=mypy_cache, stack_size=stack_size))
        stripped = strip(image, work / "stripped")
        main = result.module.name if result.module is not None else None
        modules = python_modules(result.module)
        if main not in modules:
            main = None
        return analyse(image, stripped, map_file, target, str(source), result.module, main)


def format_report(report: SizeReport, detail: bool = False) -> str:
    kib = 1024
    lines = [f"{report.source} -t {report.target}: {report.total} bytes stripped "
             f"({report.total / kib:.1f} KiB); .bss {report.bss / kib:.1f} KiB in memory",
             "",
             f"{'component':<34}{'code':>9}{'rodata':>9}{'data':>9}{'total':>9}{'%':>7}"]
    order = ["boot and platform", "runtime core", "libc", "python", "linker", "other",
             "headers", "padding"]
    totals = report.group_totals()
    for group in sorted(report.components, key=lambda g: (order.index(g) if g in order
                                                          else len(order), g)):
        comps = report.components[group]
        group_kinds: dict[str, int] = defaultdict(int)
        for kinds in comps.values():
            for k, v in kinds.items():
                group_kinds[k] += v
        lines.append(_row(group, group_kinds, totals[group], report.total))
        if group in ("headers", "padding") and not detail:
            continue
        if len(comps) > 1 or group in ("runtime core", "python", "boot and platform"):
            ranked = sorted(comps.items(), key=lambda kv: -sum(kv[1].values()))
            limit = None if detail else 12
            for name, kinds in ranked[:limit]:
                lines.append(_row("  " + name, kinds, sum(kinds.values()), report.total))
            rest = ranked[limit:] if limit is not None else []
            if rest:
                merged: dict[str, int] = defaultdict(int)
                for _, kinds in rest:
                    for k, v in kinds.items():
                        merged[k] += v
                lines.append(_row(f"  ({len(rest)} more)", merged, sum(merged.values()),
                                  report.total))
    lines.append(_row("total", {k: sum(c.get(k, 0) for g in report.components.values()
                                      for c in g.values()) for k in KINDS},
                      report.accounted(), report.total))
    return "\n".join(lines)


def _row(label: str, kinds: dict[str, int], total: int, grand: int) -> str:
    cells = "".join(f"{kinds.get(k, 0):>9}" if kinds.get(k) else f"{'':>9}" for k in KINDS)
    return f"{label:<34}{cells}{total:>9}{100 * total / grand:>6.1f}%"
