#!/usr/bin/env python3
"""Compile-fail test runner.

Usage: run.py --include INCLUDE_DIR --dir CASES_DIR -- COMPILER [ARGS...]

CASES_DIR holds pairs NAME.fail.cpp (must NOT compile) and NAME.pass.cpp
(its positive twin, MUST compile). Each file is compiled with
`COMPILER ARGS -std=c++20 -fsyntax-only -I INCLUDE_DIR`.

A .fail.cpp may carry lines `// expect-error: TEXT`; then the compiler's
output must also contain TEXT (so it fails for the intended reason, not a
typo). Prefer TEXT that GCC and Clang both print, such as the name of a
function or a static_assert message.

Prints one line per file; exits 0 when all agree, 1 otherwise, 77 (skip)
when there are no cases.
"""
import argparse
import concurrent.futures
import os
import pathlib
import re
import subprocess
import sys

EXPECT = re.compile(r"^\s*//\s*expect-error:\s*(.+?)\s*$", re.MULTILINE)


def compile_one(compiler, include, path):
    cmd = compiler + ["-std=c++20", "-fsyntax-only", "-I", include, str(path)]
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, errors="replace")
    return proc.returncode, proc.stdout


def check(compiler, include, path):
    """Returns (ok, line, diagnostics)."""
    must_fail = path.name.endswith(".fail.cpp")
    rc, out = compile_one(compiler, include, path)
    if must_fail:
        if rc == 0:
            return False, f"FAIL {path.name}: compiled, but must not", out
        missing = [t for t in EXPECT.findall(path.read_text()) if t not in out]
        if missing:
            return False, (f"FAIL {path.name}: failed to compile, but the output "
                           f"lacks {missing!r}"), out
        return True, f"ok   {path.name}: does not compile, as required", ""
    if rc != 0:
        return False, f"FAIL {path.name}: must compile, but did not", out
    return True, f"ok   {path.name}: compiles, as required", ""


def main(argv):
    if "--" not in argv:
        print(__doc__, file=sys.stderr)
        return 2
    split = argv.index("--")
    parser = argparse.ArgumentParser()
    parser.add_argument("--include", required=True)
    parser.add_argument("--dir", required=True)
    opts = parser.parse_args(argv[:split])
    compiler = argv[split + 1:]
    if not compiler:
        print("run.py: no compiler given after --", file=sys.stderr)
        return 2

    cases = pathlib.Path(opts.dir)
    fails = sorted(cases.glob("*.fail.cpp"))
    passes = sorted(cases.glob("*.pass.cpp"))
    if not fails and not passes:
        print(f"no compile-fail cases in {cases}: skipped")
        return 77

    ok = True
    stems = lambda files, suffix: {p.name[: -len(suffix)] for p in files}
    fail_stems, pass_stems = stems(fails, ".fail.cpp"), stems(passes, ".pass.cpp")
    for stem in sorted(fail_stems - pass_stems):
        print(f"FAIL {stem}.fail.cpp: has no positive twin {stem}.pass.cpp")
        ok = False
    for stem in sorted(pass_stems - fail_stems):
        print(f"FAIL {stem}.pass.cpp: has no {stem}.fail.cpp")
        ok = False

    files = sorted(fails + passes)
    jobs = max(1, min(len(files), os.cpu_count() or 1))
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        results = list(pool.map(lambda p: check(compiler, opts.include, p), files))
    for good, line, diag in results:
        print(line)
        if not good:
            ok = False
            if diag:
                print("  " + diag.rstrip().replace("\n", "\n  "))
    print(f"{sum(r[0] for r in results)}/{len(results)} files as required")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
