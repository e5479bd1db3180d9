#!/usr/bin/env python3
"""Check that the files which must repeat sttj's version agree with
include/sttj/version.hpp, the one place it is written: the vcpkg port's
vcpkg.json, the newest release heading of CHANGELOG.md, and the revision in
the wrap file example. (meson.build, the Conan recipe and the single header
read version.hpp themselves.)

Usage: check_packaging_versions.py SRC_ROOT
"""
import json
import os
import re
import sys


def main():
    root = sys.argv[1]

    def read(*parts):
        with open(os.path.join(root, *parts), encoding="utf-8") as f:
            return f.read()

    header = read("include", "sttj", "version.hpp")
    version = ".".join(re.search(rf"#define STTJ_VERSION_{p} (\d+)", header).group(1)
                       for p in ("MAJOR", "MINOR", "PATCH"))
    found = {
        "packaging/vcpkg/vcpkg.json": json.loads(read("packaging", "vcpkg", "vcpkg.json")).get("version"),
        "CHANGELOG.md (newest release)": next(iter(re.findall(r"^## \[(\d+\.\d+\.\d+)\]",
                                                              read("CHANGELOG.md"), re.M)), None),
        "packaging/meson/sttj.wrap (revision)": next(iter(re.findall(r"^revision = v(\S+)",
                                                                     read("packaging", "meson", "sttj.wrap"),
                                                                     re.M)), None),
    }
    bad = {where: v for where, v in found.items() if v != version}
    for where, v in found.items():
        print(f"{where}: {v!r} {'ok' if v == version else 'DIFFERS'}")
    if bad:
        print(f"version.hpp says {version}: update the files marked DIFFERS")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
