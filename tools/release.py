#!/usr/bin/env python3
"""Make sttj's release archive and keep every packaging file pinned to it.

  release.py archive COMMIT [-o DIR]
      Write DIR/sttj-VERSION.tar.gz: `git archive` of COMMIT under the
      prefix sttj-VERSION/, gzip with no name and no time in its header, so
      the same commit always gives the same bytes. VERSION is what
      include/sttj/version.hpp says at COMMIT. Prints its SHA-256 and SHA-512.

  release.py pin COMMIT [--url URL]
      Make the archive of COMMIT and write its version, URL and hashes into
      packaging/release.json, the Conan recipe's conandata.yml and config.yml,
      the vcpkg port and registry, and the Meson wrap. Then commit those
      files, and tag the release commit:
          git tag -a vVERSION COMMIT -m "sttj VERSION"

  release.py check
      Every packaging file names the version that include/sttj/version.hpp
      holds and the archive in packaging/release.json; CHANGELOG.md's newest
      release is that version. Where git and the release commit are at hand,
      the archive is made again and must have the pinned hashes.

How a release goes: a commit that sets the version in version.hpp and moves
CHANGELOG.md's entries under the new heading (the release commit: it
cannot hold its own archive's hash), then `release.py pin` of that commit
and a commit of what it wrote, then the tag. Publish the archive at the URL.
"""
import argparse
import gzip
import hashlib
import io
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RECORD = os.path.join("packaging", "release.json")
# sttj has no public download location yet: example.org is reserved for
# documentation. Pin with --url once the archive is published.
DEFAULT_URL = "https://downloads.example.org/sttj/sttj-{version}.tar.gz"


def git(*args, text=True):
    return subprocess.run(["git", "-C", ROOT, *args], check=True, capture_output=True, text=text).stdout


def version_of(header_text):
    return ".".join(re.search(rf"#define STTJ_VERSION_{p} (\d+)", header_text).group(1)
                    for p in ("MAJOR", "MINOR", "PATCH"))


def make_archive(commit):
    """(version, archive bytes) of `commit`."""
    commit = git("rev-parse", "--verify", f"{commit}^{{commit}}").strip()
    version = version_of(git("show", f"{commit}:include/sttj/version.hpp"))
    tar = git("archive", "--format=tar", f"--prefix=sttj-{version}/", commit, text=False)
    out = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=out, compresslevel=9, mtime=0) as gz:
        gz.write(tar)
    return commit, version, out.getvalue()


def digests(data):
    return hashlib.sha256(data).hexdigest(), hashlib.sha512(data).hexdigest()


def read(rel):
    with open(os.path.join(ROOT, rel), encoding="utf-8") as f:
        return f.read()


def write(rel, text):
    with open(os.path.join(ROOT, rel), "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {rel}")


def sub(rel, pattern, replacement, text=None):
    """Replace the one match of `pattern` in file `rel`."""
    text = read(rel) if text is None else text
    new, count = re.subn(pattern, replacement, text, flags=re.M)
    if count != 1:
        sys.exit(f"{rel}: expected one match of {pattern!r}, found {count}")
    return new


def pin(record):
    v, url, sha256, sha512 = record["version"], record["url"], record["sha256"], record["sha512"]
    write(RECORD, json.dumps(record, indent=2) + "\n")
    write("packaging/conan/config.yml",
          "# conan-center-index layout: which recipe folder builds each version.\n"
          f'versions:\n  "{v}":\n    folder: all\n')
    write("packaging/conan/all/conandata.yml",
          "# Written by tools/release.py pin: the release archive and its hash.\n"
          f'sources:\n  "{v}":\n    url: "{url}"\n    sha256: "{sha256}"\n')
    port = "packaging/vcpkg/ports/sttj/portfile.cmake"
    text = sub(port, r'^    URLS ".*"$', f'    URLS "{url}"')
    text = sub(port, r'^    FILENAME ".*"$', f'    FILENAME "sttj-{v}.tar.gz"', text)
    write(port, sub(port, r"^    SHA512 \S+$", f"    SHA512 {sha512}", text))
    manifest = "packaging/vcpkg/ports/sttj/vcpkg.json"
    write(manifest, sub(manifest, r'^  "version": ".*",$', f'  "version": "{v}",'))
    write("packaging/vcpkg/versions/baseline.json", json.dumps(
        {"default": {"sttj": {"baseline": v, "port-version": 0}}}, indent=2) + "\n")
    write("packaging/vcpkg/versions/s-/sttj.json", json.dumps(
        {"versions": [{"version": v, "port-version": 0, "path": "$/ports/sttj"}]}, indent=2) + "\n")
    wrap = "packaging/meson/sttj.wrap"
    text = sub(wrap, r"^directory = .*$", f"directory = sttj-{v}")
    text = sub(wrap, r"^source_url = .*$", f"source_url = {url}", text)
    text = sub(wrap, r"^source_filename = .*$", f"source_filename = sttj-{v}.tar.gz", text)
    write(wrap, sub(wrap, r"^source_hash = .*$", f"source_hash = {sha256}", text))


def pinned_values():
    """{where: (what it names, ...)} for every packaging file, in the order
    (version, url, sha256 or sha512 or None)."""
    found = {}
    conandata = read("packaging/conan/all/conandata.yml")
    m = re.search(r'^  "(.+)":\n    url: "(.*)"\n    sha256: "(.*)"$', conandata, re.M)
    found["packaging/conan/all/conandata.yml"] = m.groups() if m else (None, None, None)
    m = re.search(r'^  "(.+)":\n    folder: all$', read("packaging/conan/config.yml"), re.M)
    found["packaging/conan/config.yml"] = (m.group(1) if m else None,)
    port = read("packaging/vcpkg/ports/sttj/portfile.cmake")
    found["packaging/vcpkg/ports/sttj/portfile.cmake"] = (
        (re.search(r'^    FILENAME "sttj-(.*)\.tar\.gz"$', port, re.M) or [None, None])[1],
        (re.search(r'^    URLS "(.*)"$', port, re.M) or [None, None])[1],
        (re.search(r"^    SHA512 (\S+)$", port, re.M) or [None, None])[1])
    found["packaging/vcpkg/ports/sttj/vcpkg.json"] = (
        json.loads(read("packaging/vcpkg/ports/sttj/vcpkg.json")).get("version"),)
    baseline = json.loads(read("packaging/vcpkg/versions/baseline.json"))
    found["packaging/vcpkg/versions/baseline.json"] = (baseline["default"]["sttj"]["baseline"],)
    versions = json.loads(read("packaging/vcpkg/versions/s-/sttj.json"))["versions"]
    found["packaging/vcpkg/versions/s-/sttj.json (newest)"] = (versions[0]["version"],)
    wrap = read("packaging/meson/sttj.wrap")
    found["packaging/meson/sttj.wrap"] = (
        (re.search(r"^directory = sttj-(.*)$", wrap, re.M) or [None, None])[1],
        (re.search(r"^source_url = (.*)$", wrap, re.M) or [None, None])[1],
        (re.search(r"^source_hash = (.*)$", wrap, re.M) or [None, None])[1])
    found["CHANGELOG.md (newest release)"] = (
        next(iter(re.findall(r"^## \[(\d+\.\d+\.\d+)\]", read("CHANGELOG.md"), re.M)), None),)
    return found


def check():
    version = version_of(read("include/sttj/version.hpp"))
    record = json.loads(read(RECORD))
    expected = {"version": version, "url": record["url"], "sha256": record["sha256"],
                "sha512": record["sha512"]}
    if record["version"] != version:
        print(f"{RECORD}: version {record['version']!r} DIFFERS from version.hpp's {version!r}")
        return 1
    bad = 0
    for where, values in pinned_values().items():
        wanted = [version]
        if len(values) == 3:
            wanted += [record["url"], record["sha512" if "portfile" in where else "sha256"]]
        ok = list(values) == wanted
        bad += not ok
        print(f"{where}: {'ok' if ok else 'DIFFERS: ' + repr(values) + ' instead of ' + repr(wanted)}")
    if bad:
        print(f"version.hpp and {RECORD} say {version} {expected['sha256']}: "
              "run tools/release.py pin, or fix the files marked DIFFERS")
        return 1
    # The archive again, from the release commit, where it can be made.
    try:
        git("cat-file", "-e", f"{record['commit']}^{{commit}}")
    except (OSError, subprocess.CalledProcessError):
        print(f"archive not made again: no git, or no commit {record['commit']} here")
        return 0
    _, archive_version, data = make_archive(record["commit"])
    if (archive_version, *digests(data)) != (version, record["sha256"], record["sha512"]):
        print(f"FAIL: the archive of {record['commit']} is sttj {archive_version} with "
              f"SHA-256 {digests(data)[0]}, not what {RECORD} pins")
        return 1
    print(f"the archive of {record['commit'][:12]} made again: sttj {version}, "
          f"SHA-256 {record['sha256']}")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("archive")
    p.add_argument("commit")
    p.add_argument("-o", "--output-dir", default=".")
    p = commands.add_parser("pin")
    p.add_argument("commit")
    p.add_argument("--url", help=f"where the archive is published (default {DEFAULT_URL})")
    commands.add_parser("check")
    args = parser.parse_args()

    if args.command == "check":
        return check()
    commit, version, data = make_archive(args.commit)
    sha256, sha512 = digests(data)
    if args.command == "archive":
        path = os.path.join(args.output_dir, f"sttj-{version}.tar.gz")
        with open(path, "wb") as f:
            f.write(data)
        print(f"{path}\nsha256 {sha256}\nsha512 {sha512}")
        return 0
    pin({"version": version, "commit": commit,
         "url": args.url or DEFAULT_URL.format(version=version), "sha256": sha256, "sha512": sha512})
    print(f"\npinned sttj {version} to the archive of {commit}.\n"
          f"Commit these files, then tag the release commit:\n"
          f'    git tag -a v{version} {commit} -m "sttj {version}"')
    return 0


if __name__ == "__main__":
    sys.exit(main())
