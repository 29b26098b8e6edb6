"""Differential tests of the runtime's number formatting and parsing.

tests/runtime/numfmt/driver.c links the runtime's numfmt sources into a
hosted program (AddressSanitizer and UBSan on) that answers one command per
line; every expected answer here comes from CPython itself.  Doubles travel
as the hex of their bits, text as the hex of its bytes.
"""

from __future__ import annotations

import decimal
import math
import random
import re
import struct
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "runtime-c" / "core"
DRIVER = Path(__file__).resolve().parent / "numfmt" / "driver.c"

# The numfmt part of the runtime: what the driver links and what must stay
# freestanding.
SOURCES = [
    "num_bigint.c",
    "num_text.c",
    "num_group.c",
    "float_shortest.c",
    "float_fixed.c",
    "float_layout.c",
    "float_format.c",
    "float_decimal.c",
    "float_parse.c",
    "float_round.c",
    "float_arith.c",
    "int_format.c",
    "int_parse.c",
]

# The driver's status codes (pyuk_num_status).
OK, INVALID, OVERFLOW, TOO_MANY_DIGITS, ZERO_DIVISION, DOMAIN, BAD_BASE = range(7)

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
INF = math.inf
NAN = math.nan


def build_driver(core: Path, exe: Path) -> Path:
    cmd = [
        "gcc",
        "-std=c11",
        "-O1",
        "-g",
        "-fsanitize=address,undefined",
        "-fno-sanitize-recover=all",
        "-Wall",
        "-Wextra",
        "-Werror",
        f"-I{ROOT / 'runtime-c' / 'include'}",
        str(DRIVER),
        *(str(core / s) for s in SOURCES),
        "-lm",
        "-o",
        str(exe),
    ]
    subprocess.run(cmd, check=True)
    return exe


@pytest.fixture(scope="session")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_driver(CORE, tmp_path_factory.mktemp("numfmt") / "driver")


def run(driver: Path, commands: list[str]) -> list[str]:
    proc = subprocess.run(
        [str(driver)],
        input="\n".join(commands) + "\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    lines = proc.stdout.split("\n")[:-1]
    assert len(lines) == len(commands), proc.stderr[-4000:]
    return lines


def check(driver: Path, cases: list[tuple[str, str]]) -> None:
    """Runs (command, expected line) pairs and reports every mismatch."""
    got = run(driver, [c for c, _ in cases])
    bad = [(c, e, g) for (c, e), g in zip(cases, got, strict=True) if e != g]
    shown = "\n".join(f"  {c!r}: expected {e!r}, got {g!r}" for c, e, g in bad[:25])
    assert not bad, f"{len(bad)} of {len(cases)} differ from CPython:\n{shown}"


# ---- encoding ----


def bits(x: float) -> str:
    return struct.pack(">d", x).hex()


def from_bits(u: int) -> float:
    return struct.unpack(">d", u.to_bytes(8, "big"))[0]


def hextext(s: str | bytes) -> str:
    return (s.encode() if isinstance(s, str) else s).hex() or "-"


def double_result(x: float) -> str:
    return f"OK {bits(x)}"


# ---- values ----


def edge_doubles() -> list[float]:
    xs = [
        0.0,
        5e-324,
        1e-323,
        2.2250738585072014e-308,
        2.225073858507201e-308,
        1.7976931348623157e308,
        1.7976931348623155e308,
        0.1,
        0.2,
        0.3,
        0.1 + 0.2,
        1 / 3,
        2 / 3,
        1.0,
        2.0,
        3.0,
        9007199254740992.0,
        9007199254740993.0,
        9007199254740994.0,
        4503599627370496.5,
        1e16,
        1e15,
        123456789012345.0,
        1234567890123456.0,
        12345678901234567.0,
        1e17,
        1e22,
        1e23,
        1e-4,
        1e-5,
        1e-7,
        1.5e-5,
        0.0001,
        0.00012345,
        2.675,
        0.5,
        1.5,
        2.5,
        0.125,
        0.375,
        1e300,
        1e-300,
        4.35,
        0.045,
        2.0**63,
        2.0**64,
        1e21,
        123.456,
        100.0,
        1e100,
        5e-310,
        4.9406564584124654e-324,
        8.98846567431158e307,
        3.14159,
        299792458.0,
        6.02214076e23,
        6.62607015e-34,
        1.602176634e-19,
    ]
    xs += [2.0**k for k in range(-1074, 1024)]
    xs += [float(f"1e{k}") for k in range(-323, 309)]
    xs += [float(f"5e{k}") for k in range(-324, 308)]
    xs += [(2**53 - 1) * 2.0**k for k in range(-1074, 972, 7)]
    xs += [k + 0.5 for k in range(-20, 20)]
    xs += [float(2**53 + k) for k in range(-10, 10)]
    neighbours = []
    for x in xs:
        if math.isfinite(x):
            neighbours += [math.nextafter(x, INF), math.nextafter(x, -INF)]
    xs += [x for x in neighbours if math.isfinite(x)]
    xs += [-x for x in xs]
    return [*xs, INF, -INF, NAN, -NAN]


def random_doubles(rng: random.Random, n: int) -> list[float]:
    """Random bit patterns, plus random values of everyday sizes."""
    xs = []
    for i in range(n):
        kind = i % 4
        if kind < 2:
            xs.append(from_bits(rng.getrandbits(64)))
        elif kind == 2:
            xs.append(rng.uniform(-1, 1) * 10.0 ** rng.randint(-12, 18))
        else:
            xs.append(round(rng.uniform(-1000, 1000), rng.randint(0, 6)))
    return xs


# ---- repr ----


def test_repr_edge_cases(driver):
    check(driver, [(f"r {bits(x)}", repr(x)) for x in edge_doubles()])


def test_repr_random(driver):
    rng = random.Random(20240611)
    xs = random_doubles(rng, 100_000)
    check(driver, [(f"r {bits(x)}", repr(x)) for x in xs])


# ---- format ----

TYPES = ["", "e", "E", "f", "F", "g", "G", "%", "n"]


def spec_case(
    x: float, type_: str, precision: int | None, alt: bool, no_neg_0: bool
) -> tuple[str, str]:
    spec = ("z" if no_neg_0 else "") + ("#" if alt else "")
    spec += "" if precision is None else f".{precision}"
    spec += type_
    flags = alt | no_neg_0 << 1
    prec = -1 if precision is None else precision
    command = f"f {bits(x)} {type_ or '-'} {prec} {flags}"
    return command, format(x, spec)


def test_format_edge_cases(driver):
    cases = []
    precisions = [None, 0, 1, 2, 3, 5, 6, 10, 15, 16, 17, 20, 25]
    for x in [*edge_doubles()[::15], 0.0, -0.0, 0.5, 2.5, -0.5, 1e-5, INF, -INF, NAN]:
        for t in TYPES:
            for p in precisions:
                cases.append(spec_case(x, t, p, False, False))
            cases.append(spec_case(x, t, None, True, False))
            cases.append(spec_case(x, t, 0, True, False))
            cases.append(spec_case(x, t, 3, True, True))
            cases.append(spec_case(x, t, 0, False, True))
    check(driver, cases)


def test_format_halfway_and_huge_precision(driver):
    cases = []
    for x in [
        0.5,
        1.5,
        2.5,
        3.5,
        -0.5,
        -2.5,
        0.125,
        0.375,
        2.675,
        1.005,
        0.045,
        1e22,
        5e-324,
        1.7976931348623157e308,
        0.1,
        1 / 3,
        2.0**-1074,
        2.0**-1022,
        9.5,
        99.5,
        999.5,
        0.05,
        0.25,
    ]:
        for t in "efg%":
            for p in range(0, 4):
                cases.append(spec_case(x, t, p, False, False))
                cases.append(spec_case(x, t, p, True, True))
        for p in (60, 100, 330, 400, 800, 1100):
            for t in "efg":
                cases.append(spec_case(x, t, p, False, False))
                cases.append(spec_case(-x, t, p, True, False))
    check(driver, cases)


def test_format_random(driver):
    rng = random.Random(77)
    cases = []
    for x in random_doubles(rng, 30_000):
        t = rng.choice(TYPES)
        p = rng.choice([None, 0, 1, 2, 3, 4, 6, 8, 12, 17, 25, rng.randint(0, 40)])
        cases.append(spec_case(x, t, p, rng.random() < 0.2, rng.random() < 0.2))
    check(driver, cases)


# ---- grouping ----


def test_grouping(driver):
    rng = random.Random(5)
    cases = []

    def case(num: str, sep: str, every: int, width: int, expected: str):
        cases.append((f"g {hextext(num)} {ord(sep)} {every} {width}", expected))

    values = [0, 1, 12, 123, 1234, 12345, 123456, 1234567, 2**63 - 1]
    values += [rng.getrandbits(rng.randint(1, 63)) for _ in range(300)]
    for v in values:
        for width in [0, 1, 4, 5, 6, 7, 8, 9, 10, 12, 20, 27]:
            w = f"0{width}" if width else ""
            case(format(v, "d"), ",", 3, width, format(v, f"{w},d"))
            case(format(v, "d"), "_", 3, width, format(v, f"{w}_d"))
            for t in "xbo":
                case(format(v, t), "_", 4, width, format(v, f"{w}_{t}"))
    for x in [1234.5, 0.25, 1e20, 123456789.125, 1e-7, INF, NAN, 7.0]:
        for width in [0, 8, 12, 15, 20]:
            w = f"0{width}" if width else ""
            for spec in [".1f", "e", "g", "", ".3%"]:
                case(format(x, spec), ",", 3, width, format(x, f"{w},{spec}"))
    check(driver, cases)


# ---- float() ----


def float_expectation(text: str | bytes) -> str:
    try:
        return double_result(float(text))
    except ValueError:
        return f"ERR {INVALID}"


def parse_case(text: str | bytes) -> tuple[str, str]:
    flags = 1 if isinstance(text, bytes) else 0
    return f"p {hextext(text)} {flags}", float_expectation(text)


def test_float_parse_syntax(driver):
    texts = [
        "1",
        "-1",
        "+1.5",
        "  1.5  ",
        "\t\n1e5\r\x0b\x0c",
        "1_000",
        "1_000.000_1",
        "1__0",
        "_1",
        "1_",
        "1_.5",
        "1._5",
        "1e1_0",
        "1e_1",
        "1e1_",
        "1_e5",
        ".5",
        "5.",
        ".",
        "-.5e-3",
        "e5",
        "1e",
        "1e+",
        "1e-",
        "1.e5",
        ".e5",
        "inf",
        "-inf",
        "+inf",
        "INF",
        "iNfInItY",
        "infinity",
        "infinit",
        "infinityy",
        "nan",
        "-nan",
        "+NaN",
        "nan(1)",
        "nanx",
        "--1",
        "+-1",
        "--inf",
        "-+inf",
        "0x1p3",
        "0x10",
        "1e500",
        "-1e500",
        "1e-500",
        "-1e-500",
        "0e99999999999999999999",
        "1e-99999999999999999999999",
        "1e99999999999999999999999",
        "",
        " ",
        "+",
        "-",
        "1 2",
        "1\x002",
        "\u0663.5",
        "\u0663_\u0663",
        "\xa01.5\u3000",
        "\u20001\u2028",
        "\x1c1",
        "1\x1f",
        "\u0661\u0662e\u0663",
        "١٢",
        "1\u00b2",
        "\uff11\uff12",
        "0.000000000000000000000000000000000000000001",
        "00000.5",
        "0_0.0_0",
        "1.7976931348623157e308",
        "1.7976931348623158e308",
        "1.7976931348623159e308",
        "179769313486231580793728971405303415079934"
        "13292920637302988412155216924722548612718127648713003716113713305765"
        "58286007158305024625315765009512478201963051208856519541289155658591"
        "91289133713030208521813813963232014706624124946466066208812839054059"
        "9446432128904462598405484958908549611744",
        "4.9e-324",
        "2.5e-324",
        "2.4703282292062328e-324",
        "2.4703282292062327e-324",
        "2.470328229206232720882843964341106861825299013071623822127928412503e-324",
        "9007199254740993",
        "9007199254740993.00000000000000000001",
        "0.1",
        "1" + "0" * 400,
        "0." + "0" * 400 + "1",
        "1" * 1000,
        "0." + "0" * 340 + "1" * 800,
        "1e" + "9" * 30,
        "2" + "_2" * 500,
        b"1.5",
        b" 2.5\t",
        b"\xa01.5",
        b"\xd9\xa3",
        b"1_0",
        b"inf",
    ]
    check(driver, [parse_case(t) for t in texts])


def exact_midpoint(x: float) -> decimal.Decimal:
    up = math.nextafter(x, INF)
    with decimal.localcontext() as ctx:
        ctx.prec = 1200
        return (decimal.Decimal(x) + decimal.Decimal(up)) / 2


def test_float_parse_hard_cases(driver):
    """Halfway points between doubles, exactly and a hair either side."""
    rng = random.Random(11)
    xs = [*random_doubles(rng, 6000)[::2], 5e-324, 2.0**-1022, 1.7976931348623157e308, 1.0, 0.1]
    texts = []
    for x in xs:
        x = abs(x)
        if not math.isfinite(x) or math.isinf(math.nextafter(x, INF)):
            continue
        _, digits, exp = exact_midpoint(x).as_tuple()
        mid = int("".join(map(str, digits)))
        # Long paddings push the hair past the digits the parser keeps.
        pad = rng.choice([rng.randint(0, 30), rng.randint(30, 900)])
        texts.append(f"{mid}e{exp}")
        texts.append(f"{mid * 10**pad + 1}e{exp - pad}")
        texts.append(f"{mid * 10**pad - 1}e{exp - pad}")
        if rng.random() < 0.2:
            text = str(mid)
            point = rng.randint(0, len(text))
            texts.append(f"{text[:point]}.{text[point:]}e{exp + len(text) - point}")
    check(driver, [parse_case(t) for t in texts])


def random_decimal_text(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.7:
        nd = rng.randint(1, 20)
    elif r < 0.95:
        nd = rng.randint(20, 120)
    else:
        nd = rng.randint(700, 1300)
    digits = "".join(rng.choice("0123456789") for _ in range(nd))
    if rng.random() < 0.2:
        digits = "0" * rng.randint(1, 30) + digits
    magnitude = rng.randint(-345, 330)
    exp = magnitude - nd
    point = rng.randint(0, nd)
    text = digits[:point] + "." + digits[point:] if rng.random() < 0.6 else digits
    if "." in text:
        exp += nd - point
    if rng.random() < 0.1:
        text = "_".join(text[i : i + 3] for i in range(0, len(text), 3))
    text += f"{rng.choice('eE')}{exp}" if exp or rng.random() < 0.5 else ""
    sign = rng.choice(["", "", "-", "+"])
    return sign + text


def test_float_parse_random(driver):
    rng = random.Random(1234)
    texts = []
    for x in random_doubles(rng, 60_000):
        texts.append(repr(x))
        if rng.random() < 0.3:
            texts.append(format(x, f".{rng.randint(0, 25)}e"))
    texts += [random_decimal_text(rng) for _ in range(40_000)]
    check(driver, [parse_case(t) for t in texts])


def test_float_parse_fuzz(driver):
    rng = random.Random(99)
    alphabet = "0123456789" * 3 + "_.eE+- \tinfINFatyNA\u0663\xa0?"
    texts = [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10))) for _ in range(30_000)
    ]
    check(driver, [parse_case(t) for t in texts])


# ---- int() ----


def int_expectation(text: str | bytes, base: int) -> str:
    try:
        v = int(text, base)
    except ValueError as e:
        m = re.search(r"value has (\d+) digits", str(e))
        if m:
            return f"ERR {TOO_MANY_DIGITS} {m.group(1)}"
        if "base must be" in str(e):
            return f"ERR {BAD_BASE}"
        return f"ERR {INVALID}"
    if not INT64_MIN <= v <= INT64_MAX:
        return f"ERR {OVERFLOW}"
    return f"OK {v}"


def int_case(text: str | bytes, base: int) -> tuple[str, str]:
    flags = 1 if isinstance(text, bytes) else 0
    return f"i {hextext(text)} {base} {flags}", int_expectation(text, base)


def test_int_parse_cases(driver):
    texts = [
        "0",
        "-0",
        "+0",
        "00",
        "000",
        "0_0",
        "007",
        "7",
        " 12 ",
        "\t-12\n",
        "1_000",
        "1__000",
        "_1",
        "1_",
        "0x1f",
        "0X1F",
        "0x_1f",
        "0x__1f",
        "0_x1f",
        "0b101",
        "0B1_0_1",
        "0o17",
        "0O17",
        "017",
        "0_7",
        "0b",
        "0x",
        "-0x",
        "0b1",
        "0o",
        "z",
        "Z",
        "zz",
        "-",
        "+",
        "",
        " ",
        "+ 1",
        "--1",
        "9223372036854775807",
        "9223372036854775808",
        "-9223372036854775808",
        "-9223372036854775809",
        "18446744073709551616",
        "1" + "0" * 30,
        "0x7fffffffffffffff",
        "0x8000000000000000",
        "-0x8000000000000000",
        "\u0663",
        " \u0661\u0662 ",
        "\xa012\u3000",
        "\x1c1",
        "1\x00",
        "1\x002",
        "١٢",
        "1²",
        "0" * 4300,
        "0" * 4301,
        "1" * 4301 + "x",
        "1" * 4301 + "_",
        "1" * 4000 + "__1" + "1" * 400,
        "0x" + "f" * 5000,
        "0" * 5000 + "1",
        "0b" + "0" * 5000,
        " " * 100 + "5",
        "1_2_3",
        "12\u0663",
        b"12",
        b" -12 ",
        b"\xa012",
        b"\xd9\xa3",
        b"0x1f",
    ]
    cases = []
    for t in texts:
        for base in [0, 2, 8, 10, 16, 36]:
            cases.append(int_case(t, base))
    cases += [int_case("10", b) for b in [-1, 1, 37, 100]]
    check(driver, cases)


def test_int_parse_random(driver):
    rng = random.Random(3)
    alphabet = "0123456789" * 3 + "abcdefxXoObBzZ_ +-\u0663"
    cases = []
    for _ in range(30_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        base = rng.choice([0, 0, 2, 8, 10, 10, 16, 16, 36, rng.randint(2, 36)])
        cases.append(int_case(text, base))
    for _ in range(10_000):
        v = rng.randint(INT64_MIN - 10, INT64_MAX + 10)
        base = rng.choice([2, 8, 10, 16, 36])
        text = int_to_base(v, base)
        cases.append(int_case(text, base))
        if base != 36:
            prefixed = {2: bin, 8: oct, 16: hex, 10: str}[base](v)
            cases.append(int_case(prefixed, 0))
    check(driver, cases)


# ---- int to text ----


def int_to_base(v: int, base: int, upper: bool = False) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if upper:
        digits = digits.upper()
    n, out = abs(v), ""
    while True:
        n, d = divmod(n, base)
        out = digits[d] + out
        if n == 0:
            break
    return ("-" if v < 0 else "") + out


def test_int_to_text(driver):
    rng = random.Random(8)
    values = [0, 1, -1, 9, 10, 255, -255, INT64_MAX, INT64_MIN, INT64_MIN + 1]
    values += [rng.randint(INT64_MIN, INT64_MAX) for _ in range(3000)]
    values += [rng.getrandbits(rng.randint(1, 62)) * rng.choice([1, -1]) for _ in range(3000)]
    cases = []
    for v in values:
        cases.append((f"t {v} 10 0", str(v)))
        cases.append((f"t {v} 2 1", bin(v)))
        cases.append((f"t {v} 8 1", oct(v)))
        cases.append((f"t {v} 16 1", hex(v)))
        cases.append((f"t {v} 16 0", format(v, "x")))
        cases.append((f"t {v} 16 3", format(v, "#X")))
        cases.append((f"t {v} 2 0", format(v, "b")))
        cases.append((f"t {v} 36 0", int_to_base(v, 36)))
        cases.append((f"t {v} 7 2", int_to_base(v, 7, upper=True)))
    check(driver, cases)


# ---- round() ----


def round_expectation(x: float, n: int) -> str:
    try:
        return double_result(round(x, n))
    except OverflowError:
        return f"ERR {OVERFLOW}"


def round_int_expectation(x: float) -> str:
    try:
        v = round(x)
    except OverflowError:
        return f"ERR {OVERFLOW}"
    except ValueError:
        return f"ERR {DOMAIN}"
    if not INT64_MIN <= v <= INT64_MAX:
        return f"ERR {OVERFLOW}"
    return f"OK {v}"


def test_round(driver):
    rng = random.Random(21)
    cases = []
    specials = [
        2.675,
        0.5,
        1.5,
        2.5,
        -0.5,
        -2.5,
        0.125,
        0.375,
        1.005,
        0.045,
        -0.4,
        5e-324,
        1.7976931348623157e308,
        1e300,
        123.456,
        0.0,
        -0.0,
        INF,
        -INF,
        NAN,
        9.5,
        99.5,
        1e22,
        2.0**63,
        -(2.0**63),
        2.0**63 - 1024,
        4503599627370495.5,
        4503599627370496.5,
        0.49999999999999994,
        -0.49999999999999994,
    ]
    for x in specials + edge_doubles()[::3]:
        for n in [
            -400,
            -309,
            -308,
            -307,
            -300,
            -20,
            -5,
            -2,
            -1,
            0,
            1,
            2,
            3,
            10,
            17,
            20,
            300,
            322,
            323,
            324,
            330,
            400,
        ]:
            cases.append((f"R {bits(x)} {n}", round_expectation(x, n)))
        cases.append((f"N {bits(x)}", round_int_expectation(x)))
    for x in random_doubles(rng, 30_000):
        if rng.random() < 0.5:
            lo = -int(math.log10(abs(x))) - 2 if x and math.isfinite(x) else -5
            n = rng.randint(lo - 3, lo + 20)
        else:
            n = rng.randint(-330, 330)
        cases.append((f"R {bits(x)} {n}", round_expectation(x, n)))
        cases.append((f"N {bits(x)}", round_int_expectation(x)))
    check(driver, cases)


# ---- %, //, divmod, ** ----


def arith_operands(rng: random.Random, n: int) -> list[tuple[float, float]]:
    simple = [
        0.0,
        -0.0,
        1.0,
        -1.0,
        2.0,
        -2.0,
        0.5,
        3.0,
        -3.0,
        7.0,
        0.1,
        -0.1,
        1e300,
        -1e300,
        5e-324,
        -5e-324,
        INF,
        -INF,
        NAN,
        1.5,
        -1.5,
        10.0,
        1e-300,
        2.0**53,
        1e16,
        1.7976931348623157e308,
        0.3,
        360.0,
    ]
    pairs = [(x, y) for x in simple for y in simple]
    xs = random_doubles(rng, n)
    ys = random_doubles(rng, n)
    pairs += list(zip(xs, ys, strict=True))
    pairs += [(rng.uniform(-100, 100), rng.choice([1.0, -1.0, 0.1, 2.5, -7.0])) for _ in range(n)]
    pairs += [(float(rng.randint(-50, 50)), float(rng.randint(-9, 9))) for _ in range(n // 4)]
    return pairs


def same(x: float, y: float) -> bool:
    return bits(x) == bits(y) or (math.isnan(x) and math.isnan(y))


def mod_expectation(x: float, y: float) -> list[float] | None:
    """[x % y, x // y, *divmod(x, y)], or None when they raise."""
    try:
        return [x % y, x // y, *divmod(x, y)]
    except ZeroDivisionError:
        return None


def test_mod_floordiv_divmod(driver):
    rng = random.Random(31)
    pairs = arith_operands(rng, 8000)
    got = run(driver, [f"m {bits(x)} {bits(y)}" for x, y in pairs])
    bad = []
    for (x, y), line in zip(pairs, got, strict=True):
        want = mod_expectation(x, y)
        if want is None:
            ok = line == f"ERR {ZERO_DIVISION} {ZERO_DIVISION} {ZERO_DIVISION}"
        else:
            fields = line.split()
            values = [from_bits(int(f, 16)) for f in fields[1:]]
            ok = fields[0] == "OK" and all(map(same, values, want))
        if not ok:
            bad.append((x, y, line, want))
    assert not bad, f"{len(bad)} differ, first: {bad[:10]}"


def pow_expectation(x: float, y: float) -> str:
    if x < 0 and math.isfinite(x) and math.isfinite(y) and y != int(y):
        return f"ERR {DOMAIN}"  # complex in CPython, ValueError in pyuk
    try:
        r = x**y
    except ZeroDivisionError:
        return f"ERR {ZERO_DIVISION}"
    except OverflowError:
        return f"ERR {OVERFLOW}"
    return "OK nan" if math.isnan(r) else double_result(r)


def test_pow(driver):
    rng = random.Random(41)
    pairs = arith_operands(rng, 5000)
    pairs += [(rng.uniform(-10, 10), float(rng.randint(-400, 400))) for _ in range(5000)]
    pairs += [(rng.uniform(0, 3), rng.uniform(-800, 800)) for _ in range(3000)]
    got = run(driver, [f"w {bits(x)} {bits(y)}" for x, y in pairs])
    bad = []
    for (x, y), line in zip(pairs, got, strict=True):
        want = pow_expectation(x, y)
        if want == "OK nan":
            ok = line.startswith("OK ") and math.isnan(from_bits(int(line[3:], 16)))
        else:
            ok = line == want
        if not ok:
            bad.append((x, y, line, want))
    assert not bad, f"{len(bad)} differ, first: {bad[:10]}"


# ---- the runtime build ----

FREESTANDING = [
    "-std=c11",
    "-O2",
    "-ffreestanding",
    "-nostdlib",
    "-fno-stack-protector",
    "-fno-pic",
    "-fno-pie",
    "-fno-asynchronous-unwind-tables",
    "-ffunction-sections",
    "-fdata-sections",
    "-Wall",
    "-Wextra",
    "-Werror",
]


@pytest.mark.parametrize("red_zone", [[], ["-mno-red-zone"]])
def test_freestanding_build_needs_no_libc(tmp_path, red_zone):
    """Compiled as the driver builds the runtime, the numfmt objects call
    nothing outside themselves (no memcpy, no libgcc) except pyuk_libm_pow."""
    defined, undefined, sizes = set(), set(), {}
    for source in SOURCES:
        obj = tmp_path / (source[:-2] + ".o")
        subprocess.run(
            [
                "gcc",
                *FREESTANDING,
                *red_zone,
                f"-I{ROOT / 'runtime-c' / 'include'}",
                "-c",
                str(CORE / source),
                "-o",
                str(obj),
            ],
            check=True,
        )
        nm = subprocess.run(
            ["nm", str(obj)], capture_output=True, text=True, check=True
        ).stdout.split("\n")
        for line in filter(None, nm):
            kind, name = line.split()[-2:]
            (undefined if kind == "U" else defined).add(name)
        size = subprocess.run(
            ["size", str(obj)], capture_output=True, text=True, check=True
        ).stdout.split("\n")[1]
        sizes[source] = int(size.split()[0])
    assert undefined - defined == {"pyuk_libm_pow"}
    print("text bytes:", sizes)


# ---- the tests can fail ----

# Small plausible bugs, one per file: each must make some check above fail.
MUTATIONS = {
    "float_shortest.c": ("bool even = (f & 1) == 0;", "bool even = false;"),
    "float_fixed.c": ("(c == 0 && (digits[n - 1] & 1))", "(c == 0)"),
    "float_decimal.c": ("return c + (c & 1); /* tie", "return c; /* tie"),
    "float_parse.c": ("sticky = c != '0';", "sticky = false;"),
    "int_parse.c": (
        "if (prev == '_')\n                return PYUK_NUM_INVALID;",
        "if (0)\n                return PYUK_NUM_INVALID;",
    ),
    "float_layout.c": ("decpt <= -4 || decpt > 16", "decpt <= -5 || decpt > 16"),
}


def test_a_broken_build_fails(tmp_path):
    core = tmp_path / "core"
    core.mkdir()
    for path in CORE.iterdir():
        if path.suffix in (".c", ".h"):
            text = path.read_text()
            if path.name in MUTATIONS:
                old, new = MUTATIONS[path.name]
                assert old in text, f"mutation no longer applies to {path.name}"
                text = text.replace(old, new)
            (core / path.name).write_text(text)
    broken = build_driver(core, tmp_path / "driver")
    rng = random.Random(1)
    probes = {
        "float_shortest.c": lambda: test_repr_edge_cases(broken),
        "float_fixed.c": lambda: test_format_halfway_and_huge_precision(broken),
        "float_decimal.c": lambda: test_float_parse_hard_cases(broken),
        "float_parse.c": lambda: test_float_parse_hard_cases(broken),
        "int_parse.c": lambda: test_int_parse_cases(broken),
        "float_layout.c": lambda: check(
            broken, [(f"r {bits(x)}", repr(x)) for x in random_doubles(rng, 1000)]
        ),
    }
    for name, probe in probes.items():
        with pytest.raises(AssertionError):
            probe()
            print(f"a bug in {name} went unnoticed")
