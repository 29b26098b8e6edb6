"""The collector's statistics, for tests and monitoring.

Compiled, ``stats()`` returns the runtime's figures (docs/memory.md,
``pyuk_gc_get_stats``): bytes_allocated, objects_allocated, collections,
live_bytes, heap_bytes, heap_high_water, heap_extent_high_water,
heap_capacity, pause_max_ns, pause_total_ns.  Under CPython there is no
such collector and it returns an empty dict.
"""


def stats() -> dict[str, int]:
    """The collector's statistics (empty under CPython)."""
    return {}
