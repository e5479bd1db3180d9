#!/usr/bin/env python3
"""Compare sttj with its peers: time, instructions and compile time.

  bench/compare.py [--binary B]                 time every case (interleaved
                                                repetitions), print ratios
  bench/compare.py --callgrind [--iterations N] instructions per operation
  bench/compare.py [--callgrind] --peer simdjson_ondemand
                                                sttj against that one peer
                                                (rows it has a case for)
  bench/compare.py --compile-time               g++ -O2 -c time of the TUs in
                                                bench/compile_time/
  bench/compare.py --compile-time --instructions
                                                the same TUs' compiler
                                                instructions (valgrind): the
                                                same on every run

Ratios are peer / sttj (higher is better for sttj), against the fastest peer
of each operation, measured in the same run (or against --peer). The parse
operations come once per document layout (compact, botocore, pretty,
reordered + unknown member; see corpus.cpp). For the serialize operations,
`sttj` (write_json into a caller's buffer) is set against every peer,
including the `_buffer` variants that also leave the JSON in a reused
buffer; `sttj_string` (to_json) is set against the peers that produce a
std::string. Times are CPU time by default (steadier than wall time on a
shared machine); --wall uses real time, --min the fastest repetition instead
of the median.
"""
import argparse
import concurrent.futures
import json
import os
import pathlib
import re
import shlex
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent

# The layouts of the parse corpora (corpus.cpp): case name part, label.
PARSE_SHAPES = [
    ("compact", "compact"),
    ("botocore", "botocore"),
    ("pretty", "pretty"),
    ("reordered", "reordered + unknown member"),
]
# The parse operations, one per kind and layout: operation, label.
PARSE_OPS = [(f"parse_{kind}_{shape}", f"parse {kind}, {label}")
             for kind in ("request", "response") for shape, label in PARSE_SHAPES]

# operation, sttj implementation, the target ratio, label
ROWS = [
    ("validate_hex32", "sttj", 20, "validate a 32-hex JobId"),
    ("validate_unicode", "sttj", 5, "validate mixed-Unicode JobIds"),
    ("validate_invalid", "sttj", 5, "validate invalid JobIds (yes/no, like the peers)"),
    ("validate_invalid", "sttj_error", 5, "validate invalid JobIds (sttj: reason + offset)"),
    # sttj validates the JobId (and the JobStatus); see bench/README.md.
    *[(op, "sttj", 3, label) for op, label in PARSE_OPS],
    ("serialize_request", "sttj", 5, "serialize request: write_json into a buffer"),
    ("serialize_request", "sttj_string", 2, "serialize request: to_json -> std::string"),
    ("serialize_response", "sttj", 5, "serialize response: write_json into a buffer"),
    ("serialize_response", "sttj_string", 2, "serialize response: to_json -> std::string"),
]
INSTRUCTION_TARGETS = {
    ("validate_hex32", "sttj"): 20,
    # The parse targets hold for every layout, in instructions as in time.
    **{(op, "sttj"): 3 for op, _ in PARSE_OPS},
}
COMPILE_TARGET = 2.0


def find_binary(given):
    if given:
        return pathlib.Path(given)
    for candidate in sorted(ROOT.glob("*/bench/sttj_bench")) + sorted(ROOT.glob("build*/*/bench/sttj_bench")):
        if candidate.is_file():
            return candidate
    sys.exit("compare.py: sttj_bench not found; build it (meson setup build -Dbench=enabled "
             "-Doptimization=2 -Ddebug=false -Db_ndebug=true && ninja -C build) or pass --binary")


def peers_for(op, impl, names):
    """The peer implementations that `impl` is compared with for `op`."""
    out = []
    for name in names:
        o, _, p = name.partition("/")
        if o != op or p.startswith("sttj"):
            continue
        if impl == "sttj_string" and p.endswith("_buffer"):
            continue  # to_json builds a std::string; so must its peers
        out.append(p)
    return out


def ratio_table(values, unit, fmt, targets, peer=None):
    """Print rows of (label, sttj value, fastest peer, its value, ratio, target, met).
    `targets` overrides the issue's time targets (None: use them). With
    `peer`, each row sets sttj against that peer instead of the fastest, and
    rows the peer has no case for are left out."""
    names = set(values)
    rows = []
    for op, impl, target, label in ROWS:
        key = f"{op}/{impl}"
        if key not in values:
            continue
        if targets is not None:
            target = targets.get((op, impl))
        peers = peers_for(op, impl, names)
        if peer is not None:
            if peer not in peers:
                continue
            peers = [peer]
        if not peers:
            rows.append((label, fmt(values[key]), "-", "-", "-", target, None))
            continue
        best = min(peers, key=lambda p: values[f"{op}/{p}"])
        ratio = values[f"{op}/{best}"] / values[key] if values[key] > 0 else float("inf")
        met = None if target is None else ratio >= target
        rows.append((label, fmt(values[key]), best, fmt(values[f"{op}/{best}"]), f"{ratio:.1f}x", target, met))
    if peer is not None and not rows:
        sys.exit(f"compare.py: no case of peer {peer!r} was measured (see sttj_bench --list)")
    print(f"| operation | sttj {unit} | {'peer' if peer else 'fastest peer'} | peer {unit} | peer / sttj "
          f"| target | met |")
    print("|---|---:|---|---:|---:|---:|---|")
    for label, mine, best, theirs, ratio, target, met in rows:
        shown_target = f">= {target}x" if target else "-"
        shown_met = "-" if met is None else ("yes" if met else "NO")
        print(f"| {label} | {mine} | {best} | {theirs} | {ratio} | {shown_target} | {shown_met} |")


def all_values_table(values, unit, fmt):
    print(f"\nAll cases ({unit}):")
    for name in sorted(values):
        print(f"  {name:45s} {fmt(values[name]):>10s}")


def selected_cases(binary, args):
    """The case names that match --filter and, with --peer, belong to sttj
    or that peer."""
    names = subprocess.run([str(binary), "--list"], capture_output=True, text=True, check=True).stdout.split()
    pattern = re.compile(args.filter)
    out = []
    for name in names:
        impl = name.partition("/")[2]
        if args.peer is not None and not (impl.startswith("sttj") or impl == args.peer):
            continue
        if pattern.search(name):
            out.append(name)
    return out


def timing_filter(binary, args):
    """--filter as one regex for Google Benchmark, narrowed to --peer."""
    names = selected_cases(binary, args)
    if not names:
        sys.exit(f"compare.py: no case matches --filter {args.filter!r} and --peer {args.peer!r}")
    return "^(" + "|".join(re.escape(n) for n in names) + ")$"


def run_timing(args):
    binary = find_binary(args.binary)
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as out:
        out_path = out.name
    cmd = [str(binary),
           f"--benchmark_repetitions={args.repetitions}",
           "--benchmark_enable_random_interleaving=true",
           f"--benchmark_min_time={args.min_time}",
           f"--benchmark_report_aggregates_only={'false' if args.min else 'true'}",
           f"--benchmark_out={out_path}", "--benchmark_out_format=json",
           f"--benchmark_filter={args.filter if args.peer is None else timing_filter(binary, args)}"]
    print("running:", " ".join(shlex.quote(c) for c in cmd), file=sys.stderr)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL if not args.verbose else None)
    data = json.loads(pathlib.Path(out_path).read_text())
    os.unlink(out_path)
    field = "real_time" if args.wall else "cpu_time"
    unit_scale = {"ns": 1, "us": 1e3, "ms": 1e6}
    values = {}
    for b in data["benchmarks"]:
        value = b[field] * unit_scale[b.get("time_unit", "ns")]
        if args.min and b.get("run_type") == "iteration":
            values[b["run_name"]] = min(value, values.get(b["run_name"], value))
        elif not args.min and b.get("aggregate_name") == "median":
            values[b["run_name"]] = value
    ctx = data.get("context", {})
    print(f"{ctx.get('num_cpus')} x {ctx.get('mhz_per_cpu')} MHz, load {ctx.get('load_avg')}, "
          f"{args.repetitions} interleaved repetitions, {'minimum' if args.min else 'median'} "
          f"{'wall' if args.wall else 'CPU'} time\n")
    ratio_table(values, "ns", lambda v: f"{v:.1f}", None, args.peer)
    if args.all:
        all_values_table(values, "ns/op", lambda v: f"{v:.1f}")


def callgrind_count(binary, case, iterations):
    cmd = ["valgrind", "--tool=callgrind", "--toggle-collect=*count_loop*",
           "--callgrind-out-file=/dev/null", str(binary), f"--count={case}", f"--iterations={iterations}"]
    result = subprocess.run(cmd, capture_output=True, text=True)
    match = re.search(r"Collected\s*:\s*(\d+)", result.stderr)
    if result.returncode != 0 or not match:
        sys.exit(f"compare.py: callgrind failed for {case}:\n{result.stderr[-2000:]}")
    return int(match.group(1))


def run_callgrind(args):
    binary = find_binary(args.binary)

    def count(name):
        total = callgrind_count(binary, name, args.iterations)
        baseline = callgrind_count(binary, name, 0)
        return (total - baseline) / args.iterations

    # Two at a time (the machines have two cores); the counts do not depend on load.
    names = selected_cases(binary, args)
    values = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        for name, value in zip(names, pool.map(count, names)):
            values[name] = value
            print(f"  {name:45s} {value:10.0f} instr/op", file=sys.stderr)
    print(f"\ncallgrind, {args.iterations} operations per case, (total - baseline) / N\n")
    ratio_table(values, "instr", lambda v: f"{v:,.0f}", INSTRUCTION_TARGETS, args.peer)


def pkg_cflags(package):
    try:
        return subprocess.run(["pkg-config", "--cflags", package], capture_output=True, text=True,
                              check=True).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        return None


def compiler_proper(cmd):
    """The command the driver runs to compile `cmd` (cc1plus for g++, clang -cc1
    for clang++): under valgrind the instructions counted are the compiler's,
    not the driver's. `cmd` compiles to assembly (-S), so no assembler runs."""
    listed = subprocess.run(cmd + ["-###"], capture_output=True, text=True, check=True).stderr
    for line in listed.splitlines():
        if line.startswith(" "):  # the driver lists each command it would run indented
            return shlex.split(line)
    sys.exit(f"compare.py: no compiler command in the -### output of {shlex.join(cmd)}")


def compile_instructions(cmd):
    """Instructions the compiler executes for `cmd`, from valgrind's cachegrind."""
    result = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                             *compiler_proper(cmd)], capture_output=True, text=True, check=True)
    match = re.search(r"I\s+refs:\s+([\d,]+)", result.stderr)
    if not match:
        sys.exit(f"compare.py: no instruction count from valgrind for {shlex.join(cmd)}")
    return int(match.group(1).replace(",", ""))


def run_compile_time(args):
    compiler = os.environ.get("CXX", "g++")
    include = f"-I{ROOT / 'include'}"
    # name: (source in bench/compile_time/, language standard, flags)
    sources = {
        "string_only": ("string_only", "c++20", []),
        "sttj": ("sttj", "c++20", [include]),
        # The same TU with STTJ_SEPARATE_COMPILATION, and the program's one
        # TU that then compiles sttj's run-time code.
        "sttj_separate": ("sttj_separate", "c++20", [include]),
        "sttj_src": (ROOT / "src" / "sttj.cpp", "c++20", [include, "-DSTTJ_SEPARATE_COMPILATION"]),
        # The separate TU in C++23 mode, compared with a C++23
        # <string>-only TU.
        "string_only_cxx23": ("string_only", "c++2b", []),
        "sttj_separate_cxx23": ("sttj_separate", "c++2b", [include]),
        "rapidjson": ("rapidjson", "c++20", pkg_cflags("RapidJSON")),
        "simdjson": ("simdjson", "c++20", pkg_cflags("simdjson")),
        "nlohmann": ("nlohmann", "c++20", pkg_cflags("nlohmann_json")),
    }
    runnable = {}
    for name, (file, std, flags) in sources.items():
        source = file if isinstance(file, pathlib.Path) else ROOT / "bench" / "compile_time" / f"{file}.cpp"
        if flags is None or not source.exists():
            print(f"  {name}: skipped (not installed)", file=sys.stderr)
            continue
        runnable[name] = [compiler, f"-std={std}", "-O2", "-c", *flags, str(source), "-o", os.devnull]
    if args.instructions:
        run_compile_instructions(compiler, runnable)
        return
    # Interleaved: each run compiles every TU once, so a change in the
    # machine's load falls on all of them alike.
    walls = {name: [] for name in runnable}
    cpus = {name: [] for name in runnable}
    for _ in range(args.runs):
        for name, cmd in runnable.items():
            before = os.times()
            start = time.perf_counter()
            subprocess.run(cmd, check=True)
            walls[name].append(time.perf_counter() - start)
            after = os.times()
            cpus[name].append((after.children_user - before.children_user) +
                              (after.children_system - before.children_system))
    results = {name: (statistics.median(walls[name]), statistics.median(cpus[name])) for name in runnable}
    # The fastest compile of each TU: interference from other load can only
    # slow a compile down, so on a busy machine the minimum varies less.
    fastest = {name: min(cpus[name]) for name in runnable}
    for name, (wall, cpu) in results.items():
        print(f"  {name:20s} wall {wall:.2f} s  cpu {cpu:.2f} s", file=sys.stderr)
    if "string_only" not in results:
        sys.exit("compare.py: the <string> baseline did not compile")

    def baseline_name(name):
        return "string_only_cxx23" if name.endswith("_cxx23") else "string_only"

    print(f"\n{compiler} -O2 -c (-std=c++20; *_cxx23: -std=c++2b), median of {args.runs} runs; "
          f"ratio = TU / <string>-only TU of the same standard\n")
    print("| translation unit | wall s | CPU s | CPU ratio | wall ratio | fastest CPU s | fastest ratio |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    cpu_ratio = {}
    fastest_ratio = {}
    for name, (wall, cpu) in results.items():
        base = baseline_name(name)
        cpu_ratio[name] = cpu / results[base][1]
        fastest_ratio[name] = fastest[name] / fastest[base]
        print(f"| {name} | {wall:.2f} | {cpu:.2f} | {cpu_ratio[name]:.2f} | {wall / results[base][0]:.2f} "
              f"| {fastest[name]:.2f} | {fastest_ratio[name]:.2f} |")
    print()
    for name, mode in (("sttj", "header-only (default)"), ("sttj_separate", "STTJ_SEPARATE_COMPILATION"),
                       ("sttj_separate_cxx23", "STTJ_SEPARATE_COMPILATION, C++23")):
        if name in results:
            ratio = cpu_ratio[name]
            print(f"sttj TU, {mode}: {ratio:.2f}x the <string>-only TU (CPU, median; fastest compiles: "
                  f"{fastest_ratio[name]:.2f}x); target <= {COMPILE_TARGET}x: "
                  f"{'met' if ratio <= COMPILE_TARGET else 'NOT met'}")


def run_compile_instructions(compiler, runnable):
    # Two at a time (the machines have two cores); the counts do not depend on load.
    assembly = {name: [("-S" if arg == "-c" else arg) for arg in cmd] for name, cmd in runnable.items()}
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        counts = dict(zip(assembly, pool.map(compile_instructions, assembly.values())))
    if "string_only" not in counts:
        sys.exit("compare.py: the <string> baseline did not compile")
    print(f"\n{compiler} -O2 -S (-std=c++20; *_cxx23: -std=c++2b): instructions of the compiler proper under "
          f"valgrind (no assembler); ratio = TU / <string>-only TU of the same standard\n")
    print("| translation unit | instructions (millions) | ratio |")
    print("|---|---:|---:|")
    for name, count in counts.items():
        base = counts["string_only_cxx23" if name.endswith("_cxx23") else "string_only"]
        print(f"| {name} | {count / 1e6:,.0f} | {count / base:.2f} |")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--callgrind", action="store_true", help="instructions per operation under callgrind")
    mode.add_argument("--compile-time", action="store_true", help="compile time of bench/compile_time/*.cpp")
    parser.add_argument("--binary", help="path to sttj_bench (default: */bench/sttj_bench under the source root)")
    parser.add_argument("--repetitions", type=int, default=10, help="timing repetitions (default 10)")
    parser.add_argument("--min-time", default="0.1", help="seconds per repetition (default 0.1)")
    parser.add_argument("--filter", default=".", help="regex of case names")
    parser.add_argument("--peer", help="set sttj against this peer (e.g. simdjson_ondemand) instead of the fastest; "
                                       "runs only sttj's and that peer's cases and shows only the rows it has")
    parser.add_argument("--wall", action="store_true", help="compare wall time instead of CPU time")
    parser.add_argument("--min", action="store_true",
                        help="the fastest repetition instead of the median: on a machine shared with other "
                             "guests, interference only ever adds time")
    parser.add_argument("--all", action="store_true", help="also list every case")
    parser.add_argument("--verbose", action="store_true", help="show Google Benchmark's own output")
    parser.add_argument("--iterations", type=int, default=20000, help="operations per callgrind run (default 20000)")
    parser.add_argument("--runs", type=int, default=5, help="compiles per TU (default 5)")
    parser.add_argument("--instructions", action="store_true",
                        help="with --compile-time: count the compiler's instructions under valgrind instead of "
                             "timing it (slow: minutes, but the same on every run)")
    args = parser.parse_args()
    if args.instructions and not args.compile_time:
        parser.error("--instructions goes with --compile-time")
    if args.callgrind:
        run_callgrind(args)
    elif args.compile_time:
        run_compile_time(args)
    else:
        run_timing(args)


if __name__ == "__main__":
    main()
