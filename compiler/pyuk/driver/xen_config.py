"""Writes the ``OUT.xl`` domain configuration next to a xen kernel."""

from __future__ import annotations

from pathlib import Path

from pyuk.driver.link import template_environment

DEFAULT_MEMORY_MB = 32


def render_xl_config(
    kernel: Path,
    name: str,
    memory_mb: int = DEFAULT_MEMORY_MB,
    extra: list[str] | None = None,
    on_crash: str = "destroy",
) -> str:
    config_name = xl_config_path(kernel).name
    return template_environment().get_template("domu.xl.j2").render(
        name=name,
        kernel=str(kernel.resolve()),
        memory_mb=memory_mb,
        config_name=config_name,
        on_crash=on_crash,
        extra=extra or [],
    )


def xl_config_path(kernel: Path) -> Path:
    """OUT.xl for a kernel OUT or OUT.elf."""
    return kernel.with_suffix(".xl") if kernel.suffix == ".elf" else kernel.with_name(
        kernel.name + ".xl"
    )


def write_xl_config(kernel: Path, name: str, memory_mb: int = DEFAULT_MEMORY_MB) -> Path:
    path = xl_config_path(kernel)
    path.write_text(render_xl_config(kernel, name, memory_mb))
    return path
