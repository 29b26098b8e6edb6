"""Links a compiled program with the runtime into an executable or kernel."""

from __future__ import annotations

import subprocess
from functools import cache
from pathlib import Path

import jinja2

from pyuk.driver.runtime_build import runtime_library
from pyuk.driver.targets import MUSL_LIBC, Target
from pyuk.paths import templates_dir


class LinkError(Exception):
    """ld failed; the message holds its output."""


@cache
def _libgcc() -> str:
    """gcc's helper library (128-bit division...), freestanding-safe."""
    out = subprocess.run(["gcc", "-print-libgcc-file-name"], capture_output=True, text=True,
                         check=True)
    return out.stdout.strip()


def template_environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )


def render_linker_script(target: Target, out: Path, stack_size: int | None) -> Path:
    variables: dict[str, object] = {}
    if stack_size is not None:
        variables["stack_size"] = stack_size
    out.write_text(template_environment().get_template(target.linker_template).render(variables))
    return out


def link(
    target: Target,
    program_object: Path,
    output: Path,
    workdir: Path,
    stack_size: int | None = None,
    map_file: Path | None = None,
    undefined: tuple[str, ...] = (),
) -> Path:
    """Links ``program_object`` with libpyuk and the libm into ``output``;
    ``undefined`` names runtime symbols to pull in although nothing calls
    them directly (``pyuk_boot_trace_report`` for --boot-trace)."""
    script = render_linker_script(target, workdir / f"{target.name}.ld", stack_size)
    library = runtime_library(target)
    command = [
        "ld", "-static", "--gc-sections", "-z", "noexecstack", "--build-id=none",
        "-T", str(script), "-o", str(output),
    ]
    for symbol in undefined:
        command += ["-u", symbol]
    command += [str(program_object), "--start-group", str(library)]
    if Path(MUSL_LIBC).exists():
        command.append(MUSL_LIBC)
    command.append(_libgcc())
    command.append("--end-group")
    if map_file is not None:
        command += ["-Map", str(map_file)]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise LinkError(result.stderr.strip())
    return output
