#!/usr/bin/env python3
"""End-to-end tests of the sttj command-line tool.

Usage: tests/cli/test_cli.py PATH/TO/sttj   (or set $STTJ_EXE)

$STTJ_EXE_WRAPPER, if set, is the command that runs the tool (an emulator
such as qemu-s390x or wine64 for a cross-compiled one).

Prints one line per check and exits 1 if any check fails, 2 on bad usage.
Standard library only.
"""

import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))  # the source root
STATUSES = ["SUBMITTED", "IN_PROGRESS", "COMPLETED", "COMPLETED_WITH_ERROR",
            "FAILED", "STOP_REQUESTED", "STOPPED"]

failures = 0


def report(name, ok, detail=""):
    global failures
    if ok:
        print(f"ok   {name}")
    else:
        failures += 1
        print(f"FAIL {name}: {detail}")


WRAPPER = os.environ.get("STTJ_EXE_WRAPPER", "").split()
# Wine's own diagnostics would land on the tool's stderr.
ENV = dict(os.environ, WINEDEBUG="-all")


def run(exe, args, stdin=b""):
    return subprocess.run([*WRAPPER, exe, *args], input=stdin, capture_output=True, timeout=300, env=ENV)


def header_define(path, pattern):
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        match = re.search(pattern, f.read())
    return match.group(1) if match else None


def check_run(name, proc, code, stdout=None):
    """Exit code and, if given, the exact stdout (bytes)."""
    if proc.returncode != code:
        report(name, False, f"exit {proc.returncode}, expected {code}; stderr: {proc.stderr[:300]!r}")
    elif stdout is not None and proc.stdout != stdout:
        got, want = proc.stdout.decode(errors="replace").splitlines(), stdout.decode().splitlines()
        diff = [f"line {i + 1}: got {g!r}, want {w!r}"
                for i, (g, w) in enumerate(zip(got, want)) if g != w]
        if len(got) != len(want):
            diff.append(f"{len(got)} lines, want {len(want)}")
        report(name, False, "; ".join(diff[:5]))
    else:
        report(name, True)


# (id bytes, expected check-id line). Each id is followed by LF in the input
# unless it is the last one.
FOURBYTE = "\U0001D400".encode()  # MATHEMATICAL BOLD CAPITAL A, category Lu
E_ACUTE = "\u00e9".encode()
MIXED_CASES = [
    (b"5236d36c2b1c4a8f8f1a6d7e9b0c3d2e", "valid"),
    (b"", "invalid: empty at byte 0"),
    (b"abc\r", "invalid: character at byte 3 U+000D"),  # CRLF input: the CR belongs to the id
    (b"abc", "valid"),  # "abc\n" is the id "abc"; the LF only separates
    (b"a" * 32, "valid"),
    (b"a" * 33, "invalid: too-long at byte 32"),
    (b"job!1", "invalid: character at byte 3 U+0021"),
    (b"ab\xffcd", "invalid: encoding at byte 2 (byte never valid in UTF-8) byte 0xFF"),
    (b"ab\x80", "invalid: encoding at byte 2 (UTF-8 continuation byte without a lead byte) byte 0x80"),
    (b"ab\xe2\x82", "invalid: encoding at byte 2 (truncated UTF-8 sequence) byte 0xE2"),
    (b"ab\xe2x", "invalid: encoding at byte 2 (UTF-8 sequence cut short) byte 0xE2"),
    (b"\xe0\x80\x80", "invalid: encoding at byte 0 (overlong UTF-8 sequence) byte 0xE0"),
    (b"a\xed\xa0\x80", "invalid: encoding at byte 1 (UTF-8 encoded surrogate) byte 0xED"),
    (b"a\xf4\x90\x80\x80", "invalid: encoding at byte 1 (UTF-8 sequence above U+10FFFF) byte 0xF4"),
    ("übersetzung-2024.01".encode(), "valid"),
    ("翻訳ジョブ 7".encode(), "valid"),
    ("ジョブ#1".encode(), "invalid: character at byte 9 U+0023"),
    ("job\U0001F600".encode(), "invalid: character at byte 3 U+1F600"),
    (b"a" * 100_000, "invalid: too-long at byte 32"),
    (b"abcde!" + b"a" * 100_000, "invalid: character at byte 5 U+0021"),
    (E_ACUTE * 50_000, "invalid: too-long at byte 64"),
    # Longer than the tool's 1 MiB read buffer, so the line crosses reads and
    # the tool keeps only its first 132 bytes. The 33rd scalar at the latest
    # byte it can start (128) needs all of them: too-long if it is well-formed,
    # encoding if not.
    (FOURBYTE * 33 + b"a" * (3 << 20), "invalid: too-long at byte 128"),
    (FOURBYTE * 32 + b"\xf0\x9d\x90!" + b"a" * (3 << 20),
     "invalid: encoding at byte 128 (UTF-8 sequence cut short) byte 0xF0"),
    (b"a" * (3 << 20), "invalid: too-long at byte 32"),
    (E_ACUTE * 32 + b"\xed\xa0\x80" + b"a" * (3 << 20),
     "invalid: encoding at byte 64 (UTF-8 encoded surrogate) byte 0xED"),
    (b"tail-id", "valid"),  # last line, no final LF
]


def test_check_id(exe):
    stdin = b"\n".join(case for case, _ in MIXED_CASES)
    want = "".join(line + "\n" for _, line in MIXED_CASES).encode()
    check_run("check-id: mixed input, exact output, exit 1", run(exe, ["check-id"], stdin), 1, want)

    check_run("check-id: invalid last line without LF",
              run(exe, ["check-id"], b"a\n\xc3"), 1,
              b"valid\ninvalid: encoding at byte 0 (truncated UTF-8 sequence) byte 0xC3\n")
    check_run("check-id: only a LF is one empty id", run(exe, ["check-id"], b"\n"), 1,
              b"invalid: empty at byte 0\n")

    valid = [b"5236d36c2b1c4a8f8f1a6d7e9b0c3d2e", b"job_1", "ü".encode() * 32, b"x"]
    check_run("check-id: all valid, exit 0", run(exe, ["check-id"], b"\n".join(valid) + b"\n"), 0,
              b"valid\n" * len(valid))
    many = b"".join(b"%032x\n" % i for i in range(100_000))
    check_run("check-id: 100000 valid ids, exit 0", run(exe, ["check-id"], many), 0, b"valid\n" * 100_000)
    check_run("check-id: empty stdin, exit 0, no output", run(exe, ["check-id"], b""), 0, b"")

    proc = run(exe, ["check-id", "extra"])
    check_run("check-id: unexpected argument, exit 2", proc, 2, b"")


def check_parse(name, exe, args, stdin, code, stdout=b"", stderr_first=None):
    """Exit code, exact stdout, and (if given) the exact first stderr line;
    without it, a success must leave stderr empty."""
    proc = run(exe, ["parse", *args], stdin)
    lines = proc.stderr.decode(errors="replace").splitlines()
    first = lines[0] if lines else ""
    if stderr_first is not None and first != stderr_first:
        report(name, False, f"stderr first line {first!r}, want {stderr_first!r}; exit {proc.returncode}")
    elif code == 0 and proc.stderr and stderr_first is None:
        report(name, False, f"unexpected stderr {proc.stderr[:300]!r}")
    elif code == 2 and not proc.stderr:
        report(name, False, "usage error without a message on stderr")
    else:
        check_run(name, proc, code, stdout)


FOO_ERROR = "aws.protocoltests.json#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/"
JOB_ID_CHARS = r"character outside [\p{L}\p{Z}\p{N}_.:/=+\-%@]"


def test_parse(exe):
    # Canonical output: escapes decoded, whitespace and unknown members dropped.
    messy = b'{ "JobId" : "a\\/b", "x":[1] }'
    check_parse("parse request: stdin, canonical output", exe, ["request"], messy, 0, b'{"JobId":"a/b"}\n')
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "request.json")
        with open(path, "wb") as f:
            f.write(messy)
        check_parse("parse request: FILE", exe, ["request", path], b"ignored", 0, b'{"JobId":"a/b"}\n')
        check_parse("parse request: '-' is stdin", exe, ["request", "-"], messy, 0, b'{"JobId":"a/b"}\n')
        check_parse("parse error: option after FILE", exe, ["error", path, "--error-type-header", "Bar"],
                    b"", 0, b'{"__type":"Bar"}\n')
        check_parse("parse: missing FILE, exit 2", exe, ["request", os.path.join(tmp, "missing.json")],
                    b"", 2)
        check_parse("parse: FILE is a directory, exit 2", exe, ["request", tmp], b"", 2)
    check_parse("parse request: non-ASCII and \\u escapes", exe, ["request"],
                '{"JobId":"\\u00fcber\\/x \\ud835\\udc00"}'.encode(), 0,
                '{"JobId":"über/x \U0001D400"}\n'.encode())
    # Longer than the 1 MiB read buffer: the whole input is read.
    big = b'{"x":"' + b"a" * (3 << 20) + b'","JobId":"abc"}'
    check_parse("parse request: 3 MiB input", exe, ["request"], big, 0, b'{"JobId":"abc"}\n')

    # Rejections: nothing on stdout, the error as the first stderr line, exit 1.
    syntax = b'{"JobId":"abc",}'
    check_parse("parse request: syntax error", exe, ["request"], syntax, 1,
                stderr_first=f"error: syntax: expected a member name at byte {syntax.index(b'}')}")
    check_parse("parse request: constraint error", exe, ["request"], b'{"JobId":"ab!"}', 1,
                stderr_first=f"error: constraint: JobId: {JOB_ID_CHARS} at byte 12")
    # The offset is in the input, so it points at the escape that decodes to '!'.
    check_parse("parse request: constraint error behind escapes", exe, ["request"],
                b'{"JobId":"\\u0061b\\u0021"}', 1,
                stderr_first=f"error: constraint: JobId: {JOB_ID_CHARS} at byte 17")
    check_parse("parse request: JobId too long", exe, ["request"], b'{"JobId":"' + b"a" * 33 + b'"}', 1,
                stderr_first="error: constraint: JobId: longer than 32 characters at byte 42")
    check_parse("parse request: schema error, missing JobId", exe, ["request"], b'{"x":1}', 1,
                stderr_first="error: schema: JobId: missing required member at byte 0")
    check_parse("parse request: schema error, null JobId", exe, ["request"], b' {"JobId":null}', 1,
                stderr_first="error: schema: JobId: missing required member at byte 1")
    check_parse("parse request: schema error, not an object", exe, ["request"], b'[1]', 1,
                stderr_first="error: schema: the document is not a JSON object at byte 0")
    check_parse("parse request: encoding error", exe, ["request"], b'{"JobId":"a\xffb"}', 1,
                stderr_first="error: encoding: JobId: byte never valid in UTF-8 at byte 11")
    check_parse("parse request: lone surrogate escape", exe, ["request"], b'{"JobId":"a\\ud800"}', 1,
                stderr_first="error: encoding: JobId: lone high surrogate escape at byte 11")
    # The top-level object is level 1, so the 512th '[' (at 5 + 511) is level 513.
    deep = b'{"x":' + b"[" * 600 + b"]" * 600 + b"}"
    check_parse("parse request: limit error, nesting", exe, ["request"], deep, 1,
                stderr_first="error: limit: nesting deeper than 512 levels at byte 516")
    check_parse("parse request: empty input", exe, ["request"], b"", 1,
                stderr_first="error: syntax: empty document at byte 0")

    # Responses.
    response = b'{"JobStatus":"STOP_REQUESTED", "JobId":"job-1"}'
    check_parse("parse response: members sorted", exe, ["response"], response, 0,
                b'{"JobId":"job-1","JobStatus":"STOP_REQUESTED"}\n')
    check_parse("parse response: empty body", exe, ["response"], b" \n", 0, b"{}\n")
    paused = b'{"JobId":"job-1","JobStatus":"PAUSED"}'
    check_parse("parse response: unknown status kept", exe, ["response"], paused, 0,
                b'{"JobId":"job-1","JobStatus":"PAUSED"}\n')
    check_parse("parse response: unknown status with escapes written back", exe, ["response"],
                b'{"JobStatus" : "P\\u00c4USED\\n\\"" }', 0, '{"JobStatus":"P\u00c4USED\\n\\""}\n'.encode())
    check_parse("parse response: unknown status over 64 bytes", exe, ["response"],
                b'{"JobStatus":"' + b"X" * 65 + b'"}', 1,
                stderr_first="error: limit: JobStatus: JobStatus longer than 64 bytes at byte 13")
    check_parse("parse response --strict: unknown status is a constraint error", exe, ["response", "--strict"],
                paused, 1,
                stderr_first="error: constraint: JobStatus: not one of SUBMITTED, IN_PROGRESS, COMPLETED, "
                             "COMPLETED_WITH_ERROR, FAILED, STOP_REQUESTED, STOPPED at byte 29")
    check_parse("parse response --strict: known status", exe, ["response", "--strict"], response, 0,
                b'{"JobId":"job-1","JobStatus":"STOP_REQUESTED"}\n')
    check_parse("parse response --lenient: unknown status kept", exe, ["response", "--lenient"], paused, 0,
                b'{"JobId":"job-1","JobStatus":"PAUSED"}\n')
    check_parse("parse response --lenient: JobId rules not checked", exe, ["response", "--lenient"],
                b'{"JobId":"a!\\"b"}', 0, b'{"JobId":"a!\\"b"}\n')
    check_parse("parse response --lenient: over 256 bytes", exe, ["response", "--lenient"],
                b'{"JobId":"' + b"a" * 257 + b'"}', 1,
                stderr_first="error: limit: JobId: longer than 256 bytes at byte 9")

    # Errors: the header wins over code, code over __type; codes are sanitized.
    check_parse("parse error: __type sanitized", exe, ["error"],
                f'{{"__type":"{FOO_ERROR}"}}'.encode(), 0, b'{"__type":"FooError"}\n')
    check_parse("parse error: --error-type-header sanitized, wins over the body", exe,
                ["error", "--error-type-header", FOO_ERROR],
                b'{"__type":"Other","message":"Hi"}', 0, b'{"__type":"FooError","message":"Hi"}\n')
    check_parse("parse error: code wins over __type, Message used", exe, ["error"],
                b'{"__type":"B","code":"A","Message":"m"}', 0, b'{"__type":"A","message":"m"}\n')
    check_parse("parse error: known error", exe, ["error"],
                b'{"__type":"com.amazonaws.translate#ResourceNotFoundException","message":"Job not found"}',
                0, b'{"__type":"ResourceNotFoundException","message":"Job not found"}\n')
    note = "sttj: note: the code was read, but the body is not a well-formed error document: "
    check_parse("parse error: header and an HTML body: the code, and a note", exe,
                ["error", "--error-type-header", "ThrottlingException"], b"<html>502</html>", 0,
                b'{"__type":"ThrottlingException"}\n', stderr_first=note + "syntax: expected a value at byte 0")
    check_parse("parse error: mistyped message keeps the code", exe, ["error"],
                b'{"__type":"ResourceNotFoundException","message":5}', 0,
                b'{"__type":"ResourceNotFoundException"}\n',
                stderr_first=note + "schema: message: expected a string or null at byte 48")
    check_parse("parse error: cut body, no header, code read whole", exe, ["error"],
                b'{"__type":"A","message":"m","x":[', 0, b'{"__type":"A","message":"m"}\n',
                stderr_first=note + "syntax: expected a value, found the end at byte 33")
    check_parse("parse error: cut body, no header, no code read whole", exe, ["error"], b'{"__type":"Throt', 1,
                stderr_first="error: syntax: __type: unterminated string at byte 16")
    check_parse("parse error: no code", exe, ["error"], b'{"x":{"__type":"A"}}', 1,
                stderr_first="error: schema: no error code: no X-Amzn-Errortype header and no top-level "
                             "code or __type member at byte 0")
    check_parse("parse error: empty code", exe, ["error"], b'{"__type":"ns#"}', 1,
                stderr_first="error: schema: __type: empty error code at byte 10")
    # A code that holds '#' after sanitizing is written with a leading '#',
    # which reads back as the same code (the fixed point that --help states).
    check_parse("parse error: a '#' in the code gets a leading '#'", exe,
                ["error", "--error-type-header", "ns#b#c:http://x"], b"", 0, b'{"__type":"#b#c"}\n')
    check_parse("parse error: a '#' code reads back the same", exe, ["error"],
                b'{"__type":"#b#c"}', 0, b'{"__type":"#b#c"}\n')
    check_parse("parse error: bad header byte", exe, ["error", "--error-type-header", "Foo\tBar"], b"", 1,
                stderr_first="error: constraint: X-Amzn-Errortype: header value must be printable ASCII at byte 3")
    long_message = "\u00e9" * 600  # 1200 bytes, cut to 1024
    proc = run(exe, ["parse", "error"], f'{{"__type":"A","message":"{long_message}"}}'.encode())
    check_run("parse error: long message cut at 1024 bytes", proc, 0,
              f'{{"__type":"A","message":"{long_message[:512]}"}}\n'.encode())
    report("parse error: long message warning on stderr",
           proc.stderr == b"sttj: warning: message cut to 1024 bytes\n", repr(proc.stderr))

    # Usage errors: exit 2, nothing on stdout.
    check_parse("parse: unknown kind, exit 2", exe, ["bogus"], b"{}", 2)
    check_parse("parse: no kind, exit 2", exe, [], b"{}", 2)
    check_parse("parse: --error-type-header with request, exit 2", exe,
                ["request", "--error-type-header", "A"], b'{"JobId":"a"}', 2)
    check_parse("parse: --lenient with error, exit 2", exe, ["error", "--lenient"], b"", 2)
    check_parse("parse: --strict with request, exit 2", exe, ["request", "--strict"], b'{"JobId":"a"}', 2)
    check_parse("parse: --strict with --lenient, exit 2", exe, ["response", "--lenient", "--strict"], b"{}", 2)
    check_parse("parse: --error-type-header without a value, exit 2", exe, ["error", "--error-type-header"],
                b"", 2)
    check_parse("parse: unknown option, exit 2", exe, ["request", "--loose"], b"", 2)
    check_parse("parse: two FILEs, exit 2", exe, ["request", "a.json", "b.json"], b"", 2)


def test_demo(exe):
    proc = run(exe, [])
    text = proc.stdout.decode(errors="replace")
    missing = [s for s in STATUSES if not re.search(rf"^\s*{s}\s", text, re.M)]
    report("demo: exit 0", proc.returncode == 0, f"exit {proc.returncode}")
    report("demo: prints the seven status names", not missing, f"missing {missing}")
    report("demo: prints a bad id's code point", "U+0023" in text, text[:300])
    for want in ("X-Amz-Target: AWSShineFrontendService_20170701.StopTextTranslationJob",
                 "Content-Type: application/x-amz-json-1.1", "POST /",
                 '{"JobId":"5236d36c2b1c4a8f8f1a6d7e9b0c3d2e"}',
                 '{"JobId":"5236d36c2b1c4a8f8f1a6d7e9b0c3d2e","JobStatus":"STOP_REQUESTED"}',
                 '{"__type":"ResourceNotFoundException","message":"Job not found"}',
                 "HTTP 400, not retryable, not throttling"):
        report(f"demo: prints {want!r}", want in text, text[:300])
    check_run("demo: 'sttj demo' prints the same", run(exe, ["demo"]), 0, proc.stdout)


def test_options(exe):
    proc = run(exe, ["--help"])
    text = proc.stdout.decode()
    report("--help: exit 0, usage on stdout", proc.returncode == 0 and text.startswith("sttj ")
           and "Usage: sttj" in text and "check-id" in text and not proc.stderr, repr(proc))
    formats = ["invalid: empty at byte 0", "invalid: too-long at byte N",
               "invalid: character at byte N U+XXXX", "invalid: encoding at byte N (PROBLEM) byte 0xHH"]
    report("--help: documents the check-id output", all(f in text for f in formats), text)
    formats = ["parse request|response|error [FILE]", "--error-type-header VALUE", "--lenient", "--strict",
               '{"JobId":"ID"}', '{"JobId":"ID","JobStatus":"STATUS"}', '{"__type":"CODE","message":"TEXT"}',
               "error: CATEGORY: MESSAGE at byte N"]
    report("--help: documents parse and its output", all(f in text for f in formats), text)
    report("--help: says how a code holding '#' is written",
           "still holds a '#' is written with a leading '#' (b#c as\n             #b#c)" in text, text)

    version = ".".join(header_define("include/sttj/version.hpp", rf"#define STTJ_VERSION_{part} (\d+)")
                       for part in ("MAJOR", "MINOR", "PATCH"))
    unicode = header_define("include/sttj/detail/unicode_table.hpp", r'unicode_version = "([^"]+)"')
    check_run("--version", run(exe, ["--version"]), 0, f"sttj {version}\nUnicode {unicode}\n".encode())

    for args in (["bogus"], ["--bogus"], ["-x"]):
        proc = run(exe, args)
        report(f"{' '.join(args)}: exit 2, usage on stderr only",
               proc.returncode == 2 and not proc.stdout and b"Usage: sttj" in proc.stderr, repr(proc))


def main():
    exe = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("STTJ_EXE")
    if not exe or len(sys.argv) > 2:
        print("usage: test_cli.py PATH/TO/sttj", file=sys.stderr)
        return 2
    test_demo(exe)
    test_check_id(exe)
    test_parse(exe)
    test_options(exe)
    print(f"{failures} failure(s)" if failures else "all passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
