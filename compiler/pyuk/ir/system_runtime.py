"""Runtime functions behind the provided modules ``time`` and ``pyuk.xen``
(runtime-c/include/pyuk/system.h); merged into ``RUNTIME_FUNCTIONS`` by
``pyuk.ir.runtime_api``."""

from __future__ import annotations

from pyuk.ir.runtime_api import RuntimeFunction
from pyuk.ir.types import FLOAT, INT, STR, VOID, RType


def _rt(*params: RType, result: RType = VOID, raises: bool = False) -> RuntimeFunction:
    return RuntimeFunction(params, result, raises)


SYSTEM_RUNTIME: dict[str, RuntimeFunction] = {
    "pyuk_time_monotonic": _rt(result=FLOAT),
    "pyuk_time_monotonic_ns": _rt(result=INT),
    "pyuk_time_time": _rt(result=FLOAT),
    "pyuk_time_time_ns": _rt(result=INT),
    "pyuk_time_sleep": _rt(FLOAT, raises=True),
    "pyuk_time_sleep_int": _rt(INT, raises=True),
    "pyuk_xen_xenstore_read": _rt(STR, result=STR, raises=True),
    "pyuk_xen_xenstore_write": _rt(STR, STR, raises=True),
}
