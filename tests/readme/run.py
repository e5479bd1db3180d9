#!/usr/bin/env python3
"""Compile and run the C++ examples of README.md.

Usage: run.py --readme README.md --include INCLUDE_DIR -- COMPILER [ARGS...]

Every ```cpp block is one test, compiled with
`COMPILER ARGS -std=c++20 -Wall -Wextra -Wpedantic -Werror -I INCLUDE_DIR`:

- A block is a whole program: it is built and run, and must exit 0. If a
  ```text block follows it (blank lines between at most), the program must
  print exactly that text on stdout.
- A block preceded by the line `<!-- fragment: PARAMETERS -->` is code that
  uses names it does not declare: it is compiled (not run) as the body of
  `void fragment(PARAMETERS)` after `#include <sttj/sttj.hpp>`.

A block with no `main` and no fragment mark fails: an example the README
shows must be checked. Prints one line per block; exits 0 when all pass,
1 otherwise, 77 (skip) when the README holds no ```cpp block.
"""
import argparse
import pathlib
import re
import subprocess
import sys
import tempfile

FENCE = re.compile(r"^```(\w*)\s*$")
FRAGMENT = re.compile(r"^<!--\s*fragment:\s*(.*?)\s*-->\s*$")
HAS_MAIN = re.compile(r"\bint\s+main\s*\(")


def blocks(text):
    """Yields (line number, code, fragment parameters or None, expected output or None)."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        match = FENCE.match(lines[i])
        if not match or match.group(1) != "cpp":
            if match:  # skip any other fenced block whole
                i += 1
                while i < len(lines) and not FENCE.match(lines[i]):
                    i += 1
            i += 1
            continue
        start = i
        fragment = FRAGMENT.match(lines[i - 1]) if i > 0 else None
        i += 1
        code = []
        while i < len(lines) and not FENCE.match(lines[i]):
            code.append(lines[i])
            i += 1
        i += 1
        expected = None
        j = i
        while j < len(lines) and not lines[j].strip():
            j += 1
        if j < len(lines) and FENCE.match(lines[j]) and FENCE.match(lines[j]).group(1) == "text":
            out = []
            j += 1
            while j < len(lines) and not FENCE.match(lines[j]):
                out.append(lines[j])
                j += 1
            expected = "\n".join(out) + "\n"
            i = j + 1
        yield start + 1, "\n".join(code) + "\n", fragment.group(1) if fragment else None, expected


def check(compiler, include, workdir, number, code, fragment, expected):
    """Returns (ok, message)."""
    if fragment is None and not HAS_MAIN.search(code):
        return False, ("not a whole program (no main): give it one, or mark it "
                       "<!-- fragment: PARAMETERS --> on the line before the fence")
    name = f"readme_line_{number}"
    source = workdir / f"{name}.cpp"
    if fragment is not None:
        code = (f"#include <sttj/sttj.hpp>\n#include <string_view>\n\n"
                f"[[maybe_unused]] static void fragment({fragment}) {{\n#line {number + 1} \"README.md\"\n{code}}}\n\n"
                "int main() {}\n")
    else:
        code = f'#line {number + 1} "README.md"\n{code}'
    source.write_text(code, encoding="utf-8")
    exe = workdir / name
    cmd = compiler + ["-std=c++20", "-Wall", "-Wextra", "-Wpedantic", "-Werror", "-I", include,
                      str(source), "-o", str(exe)]
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace")
    if proc.returncode != 0:
        return False, "does not compile:\n" + proc.stdout
    if fragment is not None:
        return True, "compiles (a fragment)"
    run = subprocess.run([str(exe)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
    out = run.stdout.decode("utf-8", "replace")
    if run.returncode != 0:
        return False, f"exits {run.returncode}\nstdout:\n{out}stderr:\n{run.stderr.decode('utf-8', 'replace')}"
    if expected is not None and out != expected:
        return False, f"prints\n{out}but the README says\n{expected}"
    return True, "compiles and runs" + (", prints what the README shows" if expected is not None else "")


def main(argv):
    if "--" not in argv:
        print(__doc__, file=sys.stderr)
        return 2
    split = argv.index("--")
    parser = argparse.ArgumentParser()
    parser.add_argument("--readme", required=True)
    parser.add_argument("--include", required=True)
    opts = parser.parse_args(argv[:split])
    compiler = argv[split + 1:]
    if not compiler:
        print("run.py: no compiler given after --", file=sys.stderr)
        return 2

    found = list(blocks(pathlib.Path(opts.readme).read_text(encoding="utf-8")))
    if not found:
        print(f"no ```cpp block in {opts.readme}: skipped")
        return 77
    ok = True
    with tempfile.TemporaryDirectory(prefix="sttj-readme-") as tmp:
        for number, code, fragment, expected in found:
            good, message = check(compiler, opts.include, pathlib.Path(tmp), number, code, fragment, expected)
            ok = ok and good
            print(f"{'ok  ' if good else 'FAIL'} README.md:{number}: {message}")
    print(f"{len(found)} C++ blocks")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
