"""Tests of the Xen host harness (the harness itself is pyuk.xenhost)."""
