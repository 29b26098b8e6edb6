"""A tiny PVH kernel that the harness tests boot as domUs (a fixture, not a platform)."""

from .build import MODES, build_test_kernel

__all__ = ["MODES", "build_test_kernel"]
