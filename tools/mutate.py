#!/usr/bin/env python3
"""Mutation check: does the test suite notice a small semantic change?

Usage:
  tools/mutate.py                     every mutant in tools/mutants.ini
  tools/mutate.py --only PATTERN ...  the mutants whose name contains PATTERN
  tools/mutate.py --list              print the mutants and exit

For each mutant in the list (tools/mutants.ini: a file, a snippet that
occurs exactly once in it, or first after another that does, and its
replacement), the script applies it to the
source tree, rebuilds the test programs of a GCC build incrementally, runs
the tests and reports which of them fail ("kill" the mutant). The file is
restored after each mutant, also on Ctrl-C. A mutant that no test kills
"survives"; the list may argue one equivalent (`equivalent = why`), and then
it must survive: a mutant that is called equivalent and is killed is an error
in the list. The score is killed / (all - equivalent); the exit status is 0
only at 100%.

The build is GCC with ASan and UBSan at -O0, like ./dev test's sanitizer
build (build-mutate/, created on first use): a fast path that reads one byte
past its input without changing an answer is killed by ASan, and -O0
compiles fastest. Tests that judge the source tree rather than the
behaviour (the single header and Unicode table being up to date, the
packaging versions) and the consumer builds are not run: the first kind
fails for any change at all. The tests are built and run two at a time,
likely killers first (and each mutant's killer of the last run before
those), until one fails: a killed mutant costs 20 s to a minute, a
surviving one every test (about two minutes on two cores). Not part of CI.
"""
import argparse
import configparser
import json
import os
import pathlib
import signal
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
LIST = ROOT / "tools" / "mutants.ini"
# Tests that do not judge behaviour: they fail for every edit, or build
# other projects (slow, and no stronger than the unit tests they run).
NOT_RUN = ("single_header_up_to_date", "unicode_table_up_to_date", "release_pins_agree", "mutants_resolve",
           "consumer_")


def load_mutants(path):
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    mutants = []
    for name in parser.sections():
        m = parser[name]
        for key in ("file", "find", "replace", "what"):
            if key not in m:
                sys.exit(f"mutate: {path}: [{name}] has no '{key}'")
        text = (ROOT / m["file"]).read_text(encoding="utf-8")
        # `after`: a snippet that occurs once; the mutant is the first
        # occurrence of `find` after it. Else `find` itself occurs once.
        anchor = m.get("after", "")
        if anchor and text.count(anchor) != 1:
            sys.exit(f"mutate: [{name}]: 'after' occurs {text.count(anchor)} times in {m['file']}")
        start = text.index(anchor) + len(anchor) if anchor else 0
        count = text.count(m["find"], start)
        if count == 0 or (not anchor and count != 1):
            sys.exit(f"mutate: [{name}]: '{m['find']}' occurs {count} times in {m['file']}"
                     + ("" if anchor else " (say where with after = <a unique snippet before it>)"))
        mutants.append({"name": name, "file": m["file"], "find": m["find"], "replace": m["replace"],
                        "start": start, "what": m["what"], "equivalent": m.get("equivalent", "")})
    return mutants


def mutated(text, find, replace, start):
    at = text.index(find, start)
    return text[:at] + replace + text[at + len(find):]


def run(cmd, **kwargs):
    return subprocess.run(cmd, cwd=ROOT, text=True, capture_output=True, **kwargs)


def configure(build):
    if (build / "build.ninja").exists():
        return
    env = dict(os.environ, CXX=os.environ.get("CXX", "g++"))
    result = run(["meson", "setup", str(build), "--buildtype=debug", "-Dtests=enabled", "-Dfuzz=auto",
                  "-Dbench=disabled", "-Db_sanitize=address,undefined", "-Db_lundef=false",
                  "-Dcpp_args=-D_GLIBCXX_ASSERTIONS"], env=env)
    if result.returncode != 0:
        sys.exit("mutate: meson setup failed:\n" + result.stdout + result.stderr)


# The tests most likely to kill a mutant, tried first (see build_and_test).
LIKELY_KILLERS = ("test_job_id_properties", "test_wire_fast_paths", "test_parse", "test_serialize",
                  "test_job_id_utf8", "test_error_response", "test_json_suite", "test_job_id_unicode")


def selected_tests(build):
    """{test name: the ninja targets it needs}, likely killers first."""
    tests = json.loads(run(["meson", "introspect", "--tests", str(build)], check=True).stdout)
    targets = json.loads(run(["meson", "introspect", "--targets", str(build)], check=True).stdout)
    files_of = {t["id"]: t["filename"] for t in targets}
    needs = {}
    for t in tests:
        if t["name"].startswith(NOT_RUN):
            continue
        outputs = set()
        for dep in t.get("depends", []):
            outputs.update(os.path.relpath(f, build) for f in files_of.get(dep, []))
        if t["cmd"][0].startswith(str(build)):
            outputs.add(os.path.relpath(t["cmd"][0], build))
        needs[t["name"]] = sorted(outputs)
    rank = {name: i for i, name in enumerate(LIKELY_KILLERS)}
    return dict(sorted(needs.items(), key=lambda item: rank.get(item[0], len(rank))))


def build_and_test(build, needs, first=()):
    """(killers, seconds). Builds and runs the tests two at a time (one per
    core), `first` and then the likely killers first, and stops after the
    first pair that kills the mutant: one killer is enough, and most of a
    mutant's cost is compiling tests. A killer is a failing test, or
    'build: <target>' when a target does not compile (a static_assert)."""
    start = time.monotonic()
    order = [n for n in first if n in needs] + [n for n in needs if n not in first]
    env = dict(os.environ, UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1", ASAN_OPTIONS="detect_leaks=1")
    log = build / "meson-logs" / "testlog.json"
    for at in range(0, len(order), 2):
        pair = order[at:at + 2]
        outputs = sorted({o for name in pair for o in needs[name]})
        killers = []
        if outputs:
            built = run(["ninja", "-C", str(build), "-k", "0", "-j", "2"] + outputs)
            killers = ["build: " + line.split("FAILED: ", 1)[1].split()[0]
                       for line in built.stdout.splitlines() if line.startswith("FAILED: ")]
            if built.returncode != 0 and not killers:
                killers = ["build: ?"]
        if not killers:
            log.unlink(missing_ok=True)
            run(["meson", "test", "-C", str(build), "--no-rebuild", "--num-processes", "2",
                 "--timeout-multiplier", "3"] + pair, env=env)
            if not log.exists():
                killers = ["meson test: no log"]
            else:
                for line in log.read_text().splitlines():
                    t = json.loads(line) if line.strip() else {}
                    if t and t.get("result") not in ("OK", "SKIP", "EXPECTEDFAIL"):
                        killers.append(t["name"])
        if killers:
            return killers, time.monotonic() - start
    return [], time.monotonic() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", action="append", default=[], help="run mutants whose name contains this")
    parser.add_argument("--list", action="store_true", help="print the mutants and exit")
    parser.add_argument("--build", default=str(ROOT / "build-mutate"), help="the build directory")
    parser.add_argument("--mutants", default=str(LIST), help="the list of mutants")
    args = parser.parse_args()

    mutants = load_mutants(pathlib.Path(args.mutants))
    if args.only:
        mutants = [m for m in mutants if any(p in m["name"] for p in args.only)]
    if args.list:
        for m in mutants:
            print(f"{m['name']:45} {m['file']}: {m['find']!r} -> {m['replace']!r}")
        return 0

    build = pathlib.Path(args.build).resolve()
    configure(build)
    needs = selected_tests(build)
    print(f"mutate: {len(mutants)} mutants, {len(needs)} tests in {build}", flush=True)
    killers, seconds = build_and_test(build, needs)
    if killers:
        sys.exit(f"mutate: the unmutated tree fails: {', '.join(killers)}")
    print(f"mutate: the unmutated tree passes ({seconds:.0f} s)", flush=True)

    # Each mutant's killers from the last run, tried first this time.
    memory = build / "mutate-killers.json"
    previous_killers = json.loads(memory.read_text()) if memory.exists() else {}
    results = []
    for i, m in enumerate(mutants, 1):
        path = ROOT / m["file"]
        original = path.read_text(encoding="utf-8")
        # Restore the file whatever happens, Ctrl-C included.
        previous = signal.signal(signal.SIGTERM, lambda *_: sys.exit(130))
        try:
            path.write_text(mutated(original, m["find"], m["replace"], m["start"]), encoding="utf-8")
            killers, seconds = build_and_test(build, needs, first=previous_killers.get(m["name"], []))
        finally:
            path.write_text(original, encoding="utf-8")
            signal.signal(signal.SIGTERM, previous)
        if killers:
            verdict = "KILLED (but listed as equivalent)" if m["equivalent"] else "killed"
        else:
            verdict = "equivalent" if m["equivalent"] else "SURVIVED"
        results.append((m, verdict, killers))
        previous_killers[m["name"]] = [k for k in killers if not k.startswith("build: ")]
        memory.write_text(json.dumps(previous_killers, indent=1, sort_keys=True))
        shown = ", ".join(killers[:4]) + (f" and {len(killers) - 4} more" if len(killers) > 4 else "")
        print(f"[{i}/{len(mutants)}] {m['name']}: {verdict}" + (f" by {shown}" if killers else "")
              + f" ({seconds:.0f} s)", flush=True)

    killed = sum(1 for _, v, _ in results if v == "killed")
    equivalent = sum(1 for _, v, _ in results if v == "equivalent")
    bad = [(m, v) for m, v, _ in results if v not in ("killed", "equivalent")]
    scored = len(results) - equivalent
    print(f"\nmutate: {killed} of {scored} killed ({100.0 * killed / max(scored, 1):.1f}%), "
          f"{equivalent} argued equivalent")
    for m, v in bad:
        print(f"  {v}: {m['name']}: {m['what']}")
    # Rebuild the unmutated tree, so the build directory matches the sources.
    run(["ninja", "-C", str(build)] + sorted({o for outputs in needs.values() for o in outputs}))
    return 0 if not bad else 1


if __name__ == "__main__":
    sys.exit(main())
