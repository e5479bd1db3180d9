#!/usr/bin/env python3
"""The sttj tool of a cross target gives the build machine's answers, byte for byte.

Usage: same_answers.py --reference BUILD_MACHINE_STTJ [--wrapper CMD] TARGET_STTJ

Both tools run `check-id` over every Unicode scalar value (one per line, LF
itself left out, as the separator), every byte alone and every 2-byte
string of interesting bytes, and `parse request|response|error FILE` over
every JSONTestSuite document (../shared/conformance/JSONTestSuite/
test_parsing). Their stdout, stderr and exit status must be identical.
CMD (e.g. qemu-s390x, wine64) runs the target's tool. Exit 0 pass, 1 fail,
77 skip (the shared test suite is missing).
"""
import argparse
import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]  # the source root
SUITE = ROOT.parent / "shared" / "conformance" / "JSONTestSuite" / "test_parsing"
ENV = dict(os.environ, WINEDEBUG="-all")


def ids():
    lines = []
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF or cp == 0x0A:
            continue
        lines.append(chr(cp).encode("utf-8"))
    interesting = [0x00, 0x21, 0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
    lines += [bytes([b]) for b in range(256) if b != 0x0A]
    lines += [bytes([a, b]) for a in interesting for b in interesting if 0x0A not in (a, b)]
    lines += ["\U0001D400".encode() * 15 + b"a\xF0\x90\x82", b"a" * 33, "é".encode() * 33]
    return b"\n".join(lines) + b"\n"


def run(cmd, stdin=None):
    p = subprocess.run(cmd, input=stdin, capture_output=True, timeout=600, env=ENV)
    return p.returncode, p.stdout, p.stderr


# Wine now and then loses all the output of a short-lived process (about one
# run in a few thousand: same exit status, empty stderr). Under a wrapper, a
# run that differs is repeated up to twice; only a difference that repeats
# counts, and the number of repeated runs is printed.
repeated = 0


def run_target(cmd, want, stdin=None, wrapped=False):
    global repeated
    got = run(cmd, stdin)
    for _ in range(2 if wrapped else 0):
        if got == want:
            break
        repeated += 1
        got = run(cmd, stdin)
    return got


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--reference", required=True)
    parser.add_argument("--wrapper", default="")
    parser.add_argument("target")
    args = parser.parse_args()
    reference = [args.reference]
    target = args.wrapper.split() + [args.target]
    if not SUITE.is_dir():
        print(f"SKIP: {SUITE} is missing")
        return 77

    failures = []
    data = ids()
    wrapped = bool(args.wrapper)
    want = run(reference + ["check-id"], data)
    got = run_target(target + ["check-id"], want, data, wrapped)
    lines, got_lines = want[1].count(b"\n"), got[1].count(b"\n")
    if got != want:
        failures.append(f"check-id over {lines} ids: exit {got[0]} vs {want[0]}, {got_lines} vs {lines} lines, "
                        f"stdout {'equal' if got[1] == want[1] else 'differs'}")
    print(f"check-id: {lines} ids compared")

    files = sorted(SUITE.glob("*.json"))
    for path in files:
        for kind in ("request", "response", "error"):
            want = run(reference + ["parse", kind, str(path)])
            got = run_target(target + ["parse", kind, str(path)], want, wrapped=wrapped)
            if got != want:
                failures.append(f"parse {kind} {path.name}: exit {got[0]} vs {want[0]}, "
                                f"stdout {got[1][:80]!r} vs {want[1][:80]!r}, stderr {got[2][:80]!r} vs {want[2][:80]!r}")
    print(f"parse: {len(files)} JSONTestSuite documents x 3 kinds compared")
    if repeated:
        print(f"{repeated} run(s) of the target differed once and were repeated")
    for f in failures[:20]:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
