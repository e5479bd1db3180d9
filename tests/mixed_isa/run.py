#!/usr/bin/env python3
"""One program, two TUs built for different x86-64 instruction sets.

Usage: run.py --source ROOT [--qemu QEMU] -- CXX [ARGS...]

use_sttj.cpp is compiled twice: for baseline x86-64 (run_baseline) and with
more instruction sets (run_extended); main.cpp calls them. For each extended
set (-mssse3, -march=x86-64-v2, -march=x86-64-v3) and at -O2 and -O0:

1. No inline function that mentions sttj is defined in both objects with
   different code: the functions whose code depends on the instruction set
   have names tagged with it (include/sttj/detail/isa.hpp), and everything
   else (members of sttj's types, standard templates over them) must
   compile to the same bytes and relocations in both. Checked in the ELF
   objects, where each inline function is a COMDAT section of its own.
2. The program is linked in both orders, run natively with both TUs (same
   answers for every input), and, for -mssse3 and x86-64-v2, run under QEMU
   as a CPU without SSSE3 or POPCNT (qemu64) calling only the baseline TU:
   it must not crash, and must print what it printed natively. Not for
   x86-64-v3: there the standard library's own inline functions (std::string's)
   are compiled with AVX encodings in one object and not in the other, so
   such a program can crash in them on an old CPU whatever sttj does; 1.
   shows that none of those functions is sttj's.

Exit 0 pass, 1 fail, 77 skip (not x86-64, or no qemu-x86_64).
"""
import argparse
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent

EXTENDED = {
    "ssse3": ["-mssse3"],
    "x86-64-v2": ["-march=x86-64-v2"],
    "x86-64-v3": ["-march=x86-64-v3"],
}
ON_QEMU64 = {"ssse3", "x86-64-v2"}


def inputs():
    """The inputs, one per line: ids of every shape and documents."""
    bold = "\U0001D400"
    ids = ["a", "0123456789abcdef0123456789abcdef", "5236d36c-2b1c-4a8f-8f1a-6d7e9b0c3d2e", "job_1 x",
           "日本語ジョブ", "é" * 32, "é" * 33, bold * 15 + "a" + "\U00010080", "bad id!", "", "x" * 33,
           "Ж" * 20 + "中" * 10, "\u3000" * 3]
    docs = []
    for i in ids:
        docs += ['{"JobId":"%s"}' % i, '{"JobId":"%s","JobStatus":"STOPPED"}' % i,
                 '{"JobStatus": "STOP_REQUESTED", "JobId": "%s", "x": [1, {"y": null}]}' % i]
    docs += ['{"__type":"ns#ThrottlingException:http://x","message":"slow down"}', "[]", "{", "",
             '{"JobId":"a\\u00e9"}', '{"JobId":"\\ud834\\udf06"}']
    lines = [s.encode("utf-8") for s in ids + docs]
    lines += [b"\xF0\x90\x82", b"\xC3", b"abc\xE4\xB8", b"\xED\xA0\x80", b'{"JobId":"\xF0\x9D\x90"}']
    return b"\n".join(lines) + b"\n"


def run(cmd, **kwargs):
    return subprocess.run(cmd, capture_output=True, **kwargs)


def sections(obj):
    """{section: (bytes, relocations)} of every inline function in an object
    that mentions sttj: each is a COMDAT section (flag G), and the linker
    keeps one of the same name from all objects."""
    out = {}
    listing = run(["readelf", "-W", "-S", str(obj)], text=True, check=True).stdout
    relocs = run(["readelf", "-W", "-r", str(obj)], text=True, check=True).stdout
    for line in listing.splitlines():
        parts = line.replace("[ ", "[").split()
        if len(parts) < 9 or not parts[1].startswith(".text.") or "sttj" not in parts[1]:
            continue
        if "G" not in parts[7]:  # not in a COMDAT group: internal to this object
            continue
        name = parts[1]
        code = run(["objcopy", "-O", "binary", "--only-section=" + name, str(obj), "/dev/stdout"],
                   check=True).stdout
        # The relocations of this section: offset, type, symbol.
        mine, keep = [], False
        for r in relocs.splitlines():
            if r.startswith("Relocation section"):
                keep = r.split("'")[1] == ".rela" + name
            elif keep and r.strip() and r.strip()[0] in "0123456789abcdef":
                fields = r.split()
                symbol = fields[4] if len(fields) > 4 else ""
                # A local label (.L.str.3, a string literal) is numbered in
                # the order each object emits them, which differs between
                # objects that hold different code: compare its name only.
                if symbol.startswith(".L"):
                    symbol = re.sub(r"\.\d+$", "", symbol)
                mine.append((fields[0], fields[2], symbol))
        out[name] = (code, mine)
    return out


def instructions_without_padding(obj, section):
    """The section's instructions as text, without their addresses and
    without the NOPs that pad it to alignment boundaries."""
    listing = run(["objdump", "-d", "--no-show-raw-insn", "-j", section, str(obj)], text=True, check=True).stdout
    out = []
    for line in listing.splitlines():
        match = re.match(r"\s*[0-9a-f]+:\t(.*)", line)
        if not match:
            continue
        words = match.group(1).split()
        padding = any(w.startswith("nop") for w in words) or words == ["xchg", "%ax,%ax"]
        if not padding:
            out.append(match.group(1))
    return out


def same_but_padding(base_obj, ext_obj, section):
    """Whether two copies of a section differ only in the NOPs between
    their instructions. Clang picks the NOP encodings that pad code to an
    alignment boundary by the target CPU (a run of 0x66 prefixes for
    x86-64-v2 and later). Every x86-64 CPU runs every one of them, and the
    padding keeps its length, so relocations stay where they were."""
    return instructions_without_padding(base_obj, section) == instructions_without_padding(ext_obj, section)


def demangle(section):
    symbol = section[len(".text."):]
    for prefix in ("unlikely.", "startup.", "hot.", "exit."):
        symbol = symbol.removeprefix(prefix)
    return run(["c++filt", symbol], text=True).stdout.strip()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", required=True)
    parser.add_argument("--qemu", default="qemu-x86_64")
    parser.add_argument("cxx", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    cxx = [a for a in args.cxx if a != "--"]
    machine = run(cxx + ["-dumpmachine"], text=True).stdout.strip()
    if not machine.startswith("x86_64"):
        print(f"SKIP: {machine} is not x86-64")
        return 77
    qemu = shutil.which(args.qemu)
    if qemu is None:
        print(f"SKIP: {args.qemu} not found (Debian: qemu-user)")
        return 77
    include = str(pathlib.Path(args.source) / "include")
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        data = tmp / "inputs.txt"
        data.write_bytes(inputs())
        for opt in ["-O2", "-O0"]:
            common = cxx + ["-std=c++20", opt, "-ffunction-sections", "-I", include]
            main_o = tmp / f"main{opt}.o"
            base_o = tmp / f"base{opt}.o"
            run(common + ["-c", str(HERE / "main.cpp"), "-o", str(main_o)], check=True)
            run(common + ["-DSTTJ_MIXED_ENTRY=run_baseline", "-c", str(HERE / "use_sttj.cpp"), "-o", str(base_o)],
                check=True)
            base_sections = sections(base_o)
            for name, flags in EXTENDED.items():
                label = f"{name} {opt}"
                ext_o = tmp / f"ext-{name}{opt}.o"
                run(common + flags + ["-DSTTJ_MIXED_ENTRY=run_extended", "-c", str(HERE / "use_sttj.cpp"),
                                      "-o", str(ext_o)], check=True)
                ext_sections = sections(ext_o)
                shared = sorted(set(base_sections) & set(ext_sections))
                differ = [s for s in shared if base_sections[s][1] != ext_sections[s][1] or
                          (base_sections[s][0] != ext_sections[s][0] and not same_but_padding(base_o, ext_o, s))]
                print(f"{label}: {len(shared)} sttj functions defined in both TUs, {len(differ)} differ")
                for s in differ:
                    print(f"  differs: {demangle(s)}")
                if differ:
                    failures.append(f"{label}: {len(differ)} shared functions differ")
                native_out = None
                for order in ([main_o, base_o, ext_o], [main_o, ext_o, base_o]):
                    exe = tmp / "mixed"
                    link = run(cxx + ["-o", str(exe)] + [str(o) for o in order])
                    if link.returncode != 0:
                        failures.append(f"{label}: link failed: {link.stderr.decode()[:400]}")
                        continue
                    order_name = "baseline first" if order[1] == base_o else "extended first"
                    native = run([str(exe), "both", str(data)])
                    if native.returncode != 0:
                        failures.append(f"{label}, {order_name}: native run failed: {native.stderr.decode()[:400]}")
                    if name not in ON_QEMU64:
                        print(f"  {order_name}: native exit {native.returncode}")
                        native_out = native.stdout
                        continue
                    old_cpu = run([qemu, "-cpu", "qemu64", str(exe), "baseline", str(data)])
                    if old_cpu.returncode != 0:
                        failures.append(f"{label}, {order_name}: on qemu64 (no SSSE3, no POPCNT): exit "
                                        f"{old_cpu.returncode}: {old_cpu.stderr.decode()[:200]}")
                    elif old_cpu.stdout != native.stdout:
                        failures.append(f"{label}, {order_name}: qemu64 printed other answers")
                    if native_out is not None and native.stdout != native_out:
                        failures.append(f"{label}: the two link orders printed other answers")
                    native_out = native.stdout
                    print(f"  {order_name}: native exit {native.returncode}, qemu64 exit {old_cpu.returncode}")
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
