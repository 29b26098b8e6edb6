"""Property-based differential test (hypothesis): random sequences of list,
dict, set and str operations, printed after each step, run under CPython
and compiled for unix; the outputs must be identical.

Each example is one program of up to 60 operations on a list[int], a
dict[str, int], a set[int] (so its iteration order is checked against
CPython's after every add, discard and pop) and a str, with the errors
CPython raises (IndexError, KeyError, ValueError) caught and printed.

    PYUK_PROPERTY_EXAMPLES=200 python3 -m pytest tests/property   # longer run
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.differential import compile_unix, run_unix

EXAMPLES = int(os.environ.get("PYUK_PROPERTY_EXAMPLES", "12"))

small = st.integers(min_value=-12, max_value=12)
value = st.integers(min_value=-1000, max_value=1000)
big = st.one_of(value, st.integers(min_value=-(2**62), max_value=2**62))
key = st.sampled_from(["a", "b", "c", "dd", "e", "", "ü", "key"])
text = st.text(alphabet="abcé xy", max_size=5)


def _guard(code: str, *errors: str) -> list[str]:
    names = ", ".join(errors)
    return ["try:", f"    {code}", f"except ({names},) as e:", "    print(repr(e))"]


LIST_OPS = [
    st.builds(lambda v: [f"L.append({v})"], value),
    st.builds(lambda: _guard("print(L.pop())", "IndexError")),
    st.builds(lambda i: _guard(f"print(L.pop({i}))", "IndexError"), small),
    st.builds(lambda i, v: [f"L.insert({i}, {v})"], small, value),
    st.builds(lambda v: _guard(f"L.remove({v})", "ValueError"), value),
    st.builds(lambda v: _guard(f"print(L.index({v}))", "ValueError"), value),
    st.builds(lambda v: [f"print(L.count({v}), {v} in L)"], value),
    st.builds(lambda i: _guard(f"print(L[{i}])", "IndexError"), small),
    st.builds(lambda i, v: _guard(f"L[{i}] = {v}", "IndexError"), small, value),
    st.builds(lambda i: _guard(f"del L[{i}]", "IndexError"), small),
    st.builds(lambda a, b: [f"print(L[{a}:{b}])"], small, small),
    st.builds(lambda a, b, c: [f"print(L[{a}:{b}:{c}])"], small, small,
              small.filter(lambda c: c != 0)),
    st.builds(lambda a, b, vs: [f"L[{a}:{b}] = {vs}"], small, small, st.lists(value, max_size=4)),
    st.builds(lambda a, b, c: [f"del L[{a}:{b}:{c}]"], small, small,
              small.filter(lambda c: c != 0)),
    st.builds(lambda r: [f"L.sort(reverse={r})"], st.booleans()),
    st.just(["L.reverse()"]),
    st.builds(lambda vs: [f"L.extend({vs})"], st.lists(value, max_size=4)),
    st.builds(lambda vs: [f"L += {vs}"], st.lists(value, max_size=3)),
    st.builds(lambda n: [f"print(L * {n}, len(L), L == sorted(L), L < [0, 1])"],
              st.integers(min_value=0, max_value=2)),
    st.builds(lambda vs: [f"print(L + {vs}, min(L, default=-1), max(L, default=-1), sum(L))"],
              st.lists(value, max_size=3)),
]

DICT_OPS = [
    st.builds(lambda k, v: [f"D[{k!r}] = {v}"], key, value),
    st.builds(lambda k: _guard(f"print(D[{k!r}])", "KeyError"), key),
    st.builds(lambda k: [f"print(D.get({k!r}), D.get({k!r}, -1), {k!r} in D)"], key),
    st.builds(lambda k: _guard(f"print(D.pop({k!r}))", "KeyError"), key),
    st.builds(lambda k, v: [f"print(D.pop({k!r}, {v}))"], key, value),
    st.builds(lambda k, v: [f"print(D.setdefault({k!r}, {v}))"], key, value),
    st.builds(lambda k: _guard(f"del D[{k!r}]", "KeyError"), key),
    st.just(_guard("print(D.popitem())", "KeyError")),
    st.builds(lambda d: [f"D.update({d!r})"], st.dictionaries(key, value, max_size=3)),
    st.just(["print(list(D.items()), list(D.values()), len(D), sorted(D))"]),
    st.builds(lambda k: [f"D[{k!r}] = D.get({k!r}, 0) + 1"], key),
    st.just(["print({k: v for k, v in D.items() if v % 2 == 0})"]),
]

SET_OPS = [
    st.builds(lambda v: [f"S.add({v})"], big),
    st.builds(lambda v: [f"S.discard({v})"], big),
    st.builds(lambda v: _guard(f"S.remove({v})", "KeyError"), big),
    st.just(_guard("print(S.pop())", "KeyError")),
    st.builds(lambda vs: [f"print(S | {{{', '.join(map(str, vs))}}})"],
              st.lists(big, min_size=1, max_size=5)),
    st.builds(lambda vs: [f"T = set({vs})", "print(S & T, S - T, T - S, S ^ T, S <= T)"],
              st.lists(big, max_size=6)),
    st.builds(lambda vs: [f"S.update({vs})"], st.lists(value, max_size=12)),
    st.builds(lambda v: [f"print({v} in S, len(S))"], big),
]

STR_OPS = [
    st.builds(lambda t: [f"W = W + {t!r}"], text),
    st.builds(lambda i: _guard(f"print(W[{i}])", "IndexError"), small),
    st.builds(lambda a, b: [f"print(repr(W[{a}:{b}]), W[::-1], len(W))"], small, small),
    st.builds(lambda t: [f"print({t!r} in W, W < {t!r}, W == {t!r})"], text),
    st.builds(lambda n: [f"print([c for c in W * {n}])"], st.integers(min_value=0, max_value=2)),
]

step = st.one_of(*LIST_OPS, *DICT_OPS, *SET_OPS, *STR_OPS)


def render(steps: list[list[str]]) -> str:
    lines = [
        "L: list[int] = [3, 1, 2]",
        'D: dict[str, int] = {"a": 1}',
        "S: set[int] = {5, 9, 2}",
        "T: set[int] = set()",
        'W = "héllo"',
    ]
    for n, code in enumerate(steps):
        lines += code
        if n % 4 == 3:
            lines.append("print(L, D, S, repr(W))")
    lines.append("print(L, D, S, repr(W))")
    return "\n".join(lines) + "\n"


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(step, min_size=5, max_size=60))
def test_random_container_programs(tmp_path_factory: object, steps: list[list[str]]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory(prefix="pyuk-prop-") as tmp:
        source = Path(tmp) / "prop_program.py"
        source.write_text(render(steps))
        expected = subprocess.run([sys.executable, str(source)], capture_output=True,
                                  text=True, timeout=60)
        actual = run_unix(compile_unix(source, Path(tmp)))
        assert actual.stdout == expected.stdout, source.read_text()
        assert actual.status == expected.returncode, actual.stderr
