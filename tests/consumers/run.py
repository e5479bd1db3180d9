#!/usr/bin/env python3
"""Build and run tests/consumers/main.cpp the way a user of sttj would.

Usage: run.py ROUTE --source SRC_ROOT -- CXX [ARGS...]
  cmake      meson install into a temporary prefix, then a CMake project with
             find_package(sttj CONFIG REQUIRED) and sttj::sttj
  pkgconfig  meson install into a temporary prefix, then a Makefile with
             pkg-config --cflags sttj
  meson      a Meson project with packaging/meson/sttj.wrap, sttj as subproject
             (this source tree in the wrap's directory); a second program
             links the subproject's sttj_compiled_dep
  meson_release
             the same project with the wrap and the release archive it names
             in subprojects/packagecache/, made again with tools/release.py
             from the commit in packaging/release.json (skipped without git
             or that commit); Meson checks the archive's SHA-256
  cmake_subdirectory
             a CMake project with the source tree in third_party/sttj and
             add_subdirectory(third_party/sttj), linking sttj::sttj and (a
             second program) sttj::compiled; it must install nothing
  cmake_fetchcontent
             a CMake project with FetchContent from a git repository (a copy
             of the source tree committed to a temporary repository) pinned
             to its commit
  cmake_install
             CMakeLists.txt's install must write the same files, byte for
             byte, as meson install; then the cmake route against it, and the
             component rules (an unknown component, RapidCheck missing)
  cmake_rapidcheck
             find_package(sttj COMPONENTS rapidcheck) and sttj::rapidcheck
             build and run a RapidCheck property test (skipped when
             RapidCheck's CMake package is not installed)
  single     one compiler call with only single_include/ on the include path
  separate   STTJ_SEPARATE_COMPILATION: main.cpp and sttj's src/sttj.cpp
             compiled apart and linked, in C++20 and in C++23; main.o must
             call sttj's compiled functions and hold none of their code; and
             main.cpp compiled header-only must fail to link with that
             src/sttj.cpp (on ELF, where the linker can tell)

Passes when the program prints exactly the expected line. Exit 77 (skip)
when a tool the route needs (cmake, make, pkg-config, git) is not installed.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SKIP = 77


def version(src):
    with open(os.path.join(src, "include", "sttj", "version.hpp"), encoding="utf-8") as f:
        text = f.read()
    return ".".join(re.search(rf"#define STTJ_VERSION_{p} (\d+)", text).group(1)
                    for p in ("MAJOR", "MINOR", "PATCH"))


def release_version(src):
    with open(os.path.join(src, "packaging", "release.json"), encoding="utf-8") as f:
        return json.load(f)["version"]


def run(cmd, **kwargs):
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, **kwargs)


def need(*tools):
    missing = [t for t in tools if shutil.which(t) is None]
    if missing:
        print(f"skipped: {', '.join(missing)} not installed")
        sys.exit(SKIP)


def install(src, tmp, env):
    """meson install of sttj into tmp/prefix, as a packager would run it."""
    prefix = os.path.join(tmp, "prefix")
    run(["meson", "setup", os.path.join(tmp, "sttj-build"), src, f"--prefix={prefix}",
         "-Dtests=disabled", "-Dtool=false", "-Dfuzz=disabled", "-Dbench=disabled"],
        env=env, stdout=subprocess.DEVNULL)
    run(["meson", "install", "-C", os.path.join(tmp, "sttj-build"), "--quiet"], env=env)
    return prefix


def cmake_build(project, build, cxx, env, *defines):
    """Configure and build a consumer CMake project; its program's path."""
    run(["cmake", "-S", project, "-B", build, f"-DCMAKE_CXX_COMPILER={cxx}", *defines], env=env,
        stdout=subprocess.DEVNULL)
    run(["cmake", "--build", build], env=env)
    return os.path.join(build, "consumer")


def cmake_install(src, tmp, env):
    """CMakeLists.txt's install into tmp/cmake-prefix."""
    prefix = os.path.join(tmp, "cmake-prefix")
    build = os.path.join(tmp, "sttj-cmake-build")
    run(["cmake", "-S", src, "-B", build, f"-DCMAKE_INSTALL_PREFIX={prefix}"], env=env,
        stdout=subprocess.DEVNULL)
    run(["cmake", "--install", build], env=env, stdout=subprocess.DEVNULL)
    return prefix


def tree(root):
    """{relative path: bytes} of every file under root."""
    files = {}
    for folder, _, names in os.walk(root):
        for name in names:
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                files[os.path.relpath(path, root)] = f.read()
    return files


def same_install(meson_prefix, cmake_prefix):
    meson_files, cmake_files = tree(meson_prefix), tree(cmake_prefix)
    only_meson = sorted(set(meson_files) - set(cmake_files))
    only_cmake = sorted(set(cmake_files) - set(meson_files))
    differ = sorted(p for p in set(meson_files) & set(cmake_files) if meson_files[p] != cmake_files[p])
    if only_meson or only_cmake or differ:
        print(f"FAIL: installs differ: only meson {only_meson}, only cmake {only_cmake}, differ {differ}")
        return False
    print(f"meson install and cmake --install wrote the same {len(meson_files)} files")
    return True


def committed_copy(src, tmp):
    """A git repository holding the source tree as it is now (uncommitted
    changes included), and its commit: what FetchContent is pinned to."""
    repo = os.path.join(tmp, "sttj.git")
    # .git is a folder in a clone and a file in a `git worktree`.
    if os.path.exists(os.path.join(src, ".git")):
        listed = subprocess.run(["git", "-C", src, "ls-files", "-z", "--cached", "--others",
                                 "--exclude-standard"], check=True, capture_output=True).stdout
        for rel in filter(None, listed.decode().split("\0")):
            if os.path.isfile(os.path.join(src, rel)):
                os.makedirs(os.path.dirname(os.path.join(repo, rel)), exist_ok=True)
                shutil.copy2(os.path.join(src, rel), os.path.join(repo, rel))
    else:
        shutil.copytree(src, repo, symlinks=True, ignore=shutil.ignore_patterns(".git"))
    git = ["git", "-C", repo, "-c", "user.name=sttj tests", "-c", "user.email=tests@sttj.invalid"]
    run(git[:3] + ["init", "--quiet"])
    run(git + ["add", "--all"])
    run(git + ["commit", "--quiet", "--no-verify", "-m", "sttj as tested"])
    commit = subprocess.run(git + ["rev-parse", "HEAD"], check=True, capture_output=True,
                            text=True).stdout.strip()
    return repo, commit


def cmake_fails_with(project, prefix, tmp, message, extra=()):
    """Configuring `project` against `prefix` must fail and say `message`."""
    build = os.path.join(tmp, "cmake-fail-build")
    shutil.rmtree(build, ignore_errors=True)
    result = subprocess.run(["cmake", "-S", project, "-B", build, f"-DCMAKE_PREFIX_PATH={prefix}",
                             *extra], capture_output=True, text=True)
    said = " ".join((result.stdout + result.stderr).split())
    if result.returncode == 0 or message not in said:
        print(f"FAIL: {project} {list(extra)}: exit {result.returncode}, expected an error "
              f"saying {message!r}:\n{result.stderr}")
        return False
    print(f"refused as expected: {message}")
    return True


def version_file_works(work, prefix, tmp, have):
    """sttjConfigVersion.cmake: the same MAJOR.MINOR (0.x) and ranges that
    contain the version are compatible, nothing else."""
    major, minor, patch = (int(x) for x in have.split("."))
    assert major == 0, "update these cases when sttj reaches 1.0"
    cases = {"": True, f"0.{minor}": True, have: True, f"0.{minor}...0.{minor + 1}": True,
             f"0.{minor + 1}": False, "1.0": False, f"0.{minor}.{patch + 1}": False,
             f"0.{minor + 1}...1.0": False, f"0.0...<0.{minor}": False}
    if minor > 0:
        cases[f"0.{minor - 1}"] = False
    ok = True
    for wanted, compatible in cases.items():
        build = os.path.join(tmp, "cmake-version-build")
        shutil.rmtree(build, ignore_errors=True)
        result = subprocess.run(["cmake", "-S", os.path.join(work, "cmake_version"), "-B", build,
                                 f"-DCMAKE_PREFIX_PATH={prefix}", f"-DWANTED={wanted}"],
                                capture_output=True, text=True)
        if (result.returncode == 0) != compatible:
            print(f"FAIL: find_package(sttj {wanted}) against {have}: "
                  f"{'found' if result.returncode == 0 else 'not found'}\n{result.stderr}")
            ok = False
    print(f"sttjConfigVersion.cmake: {len(cases)} version requests answered as expected" if ok else "")
    return ok


def compiled_apart(main_object):
    """main.o of the separate route calls the compiled parser and validator
    and holds none of the run-time code: no JSON reader, no JobId fast path."""
    symbols = subprocess.run(["nm", "-C", main_object], check=True, capture_output=True,
                             text=True).stdout.splitlines()
    undefined = {line.split(maxsplit=1)[1] for line in symbols if line.split()[0] == "U"}
    defined = [line for line in symbols if line.split()[0] != "U"]
    wanted = ["sttj::detail::compiled::parse_request_run_time", "sttj::detail::compiled::find_job_id_error_run_time"]
    missing = [w for w in wanted if not any(u.startswith(w + "(") for u in undefined)]
    inlined = [d for d in defined if "JsonReader" in d or "job_id_" in d or "_run_time(" in d]
    if missing or inlined:
        print(f"FAIL: main.o should call {missing} and should not define {inlined}")
        return False
    print("main.o calls the compiled functions and defines none of their code")
    return True


def mixed_modes_fail_to_link(cxx, src, work, tmp, compiled_object):
    """main.cpp compiled header-only, linked with the compiled src/sttj.cpp:
    the link must fail, naming the variable that tells why (config.hpp)."""
    with open(compiled_object, "rb") as f:
        if f.read(4) != b"\x7fELF":
            print("not an ELF target: a mixed program is not detected here (config.hpp)")
            return True
    header_only = os.path.join(tmp, "main-header-only.o")
    run(cxx + ["-std=c++20", "-O2", "-I", os.path.join(src, "include"), "-c", os.path.join(work, "main.cpp"),
               "-o", header_only])
    result = subprocess.run(cxx + [header_only, compiled_object, "-o", os.path.join(tmp, "mixed")],
                            capture_output=True, text=True)
    if result.returncode == 0:
        print("FAIL: a header-only main.o linked with the compiled src/sttj.cpp")
        return False
    if "every_tu_must_agree_on_STTJ_SEPARATE_COMPILATION" not in result.stderr:
        print(f"FAIL: the mixed link failed for another reason:\n{result.stderr}")
        return False
    print("a header-only main.o and the compiled src/sttj.cpp fail to link, as they must")
    return True


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("route", choices=["cmake", "cmake_subdirectory", "cmake_fetchcontent",
                                          "cmake_install", "cmake_rapidcheck", "pkgconfig", "meson",
                                          "meson_release", "single", "separate"])
    parser.add_argument("--source", required=True)
    parser.add_argument("cxx", nargs="+")
    args = parser.parse_args()
    src = os.path.abspath(args.source)
    sttj_version = version(src)
    expected = f'sttj {sttj_version}: JobId job-2026/11:28; "bad!id": character at byte 3\n'

    with tempfile.TemporaryDirectory(prefix=f"sttj-consumer-{args.route}-") as tmp:
        work = os.path.join(tmp, "consumers")
        shutil.copytree(HERE, work, ignore=shutil.ignore_patterns("run.py", "__pycache__"))
        env = dict(os.environ, CXX=" ".join(args.cxx))
        if args.route == "cmake":
            need("cmake")
            prefix = install(src, tmp, env)
            exe = cmake_build(os.path.join(work, "cmake"), os.path.join(tmp, "cmake-build"), args.cxx[0], env,
                              f"-DCMAKE_PREFIX_PATH={prefix}", f"-DSTTJ_EXPECTED_VERSION={sttj_version}")
            if not version_file_works(work, prefix, tmp, sttj_version):
                return 1
        elif args.route == "cmake_subdirectory":
            need("cmake")
            project = os.path.join(work, "cmake_subdirectory")
            os.makedirs(os.path.join(project, "third_party"))
            os.symlink(src, os.path.join(project, "third_party", "sttj"))
            build = os.path.join(tmp, "cmake-build")
            exe = cmake_build(project, build, args.cxx[0], env)
            compiled = os.path.join(build, "consumer_compiled")
            if not os.path.exists(compiled):
                print("FAIL: sttj::compiled did not build consumer_compiled")
                return 1
            got = subprocess.run([compiled], capture_output=True, text=True)
            if got.returncode != 0 or got.stdout != expected:
                print(f"FAIL: {compiled} exited {got.returncode}, printed {got.stdout!r}")
                return 1
            # A vendored sttj installs nothing into its parent's install.
            installed = os.path.join(tmp, "parent-prefix")
            run(["cmake", "--install", build, "--prefix", installed], env=env, stdout=subprocess.DEVNULL)
            if os.path.exists(installed) and tree(installed):
                print(f"FAIL: add_subdirectory(sttj) installed {sorted(tree(installed))}")
                return 1
        elif args.route == "cmake_fetchcontent":
            need("cmake", "git")
            repo, commit = committed_copy(src, tmp)
            exe = cmake_build(os.path.join(work, "cmake_fetchcontent"), os.path.join(tmp, "cmake-build"),
                              args.cxx[0], env, f"-DSTTJ_GIT_REPOSITORY={repo}", f"-DSTTJ_GIT_TAG={commit}")
        elif args.route == "cmake_install":
            need("cmake")
            prefix = cmake_install(src, tmp, env)
            if not same_install(install(src, tmp, env), prefix):
                return 1
            exe = cmake_build(os.path.join(work, "cmake"), os.path.join(tmp, "cmake-build"), args.cxx[0], env,
                              f"-DCMAKE_PREFIX_PATH={prefix}", f"-DSTTJ_EXPECTED_VERSION={sttj_version}")
            components = os.path.join(work, "cmake_rapidcheck")
            unknown = os.path.join(tmp, "cmake-unknown-component")
            shutil.copytree(components, unknown)
            with open(os.path.join(unknown, "CMakeLists.txt"), "r+", encoding="utf-8") as f:
                text = f.read().replace("COMPONENTS rapidcheck", "COMPONENTS rapidcheck nope")
                f.seek(0)
                f.write(text)
                f.truncate()
            if not (cmake_fails_with(unknown, prefix, tmp, "sttj: no component nope (sttj has one: rapidcheck)")
                    and cmake_fails_with(components, prefix, tmp,
                                         "sttj: component rapidcheck needs RapidCheck's CMake package "
                                         "(rapidcheck), which was not found",
                                         ["-DCMAKE_DISABLE_FIND_PACKAGE_rapidcheck=ON"])):
                return 1
        elif args.route == "cmake_rapidcheck":
            need("cmake")
            found = subprocess.run(["cmake", "--find-package", "-DNAME=rapidcheck", "-DCOMPILER_ID=GNU",
                                    "-DLANGUAGE=CXX", "-DMODE=EXIST"], capture_output=True, text=True,
                                   cwd=tmp)  # it writes CMakeFiles/ there
            if found.returncode != 0:
                print("skipped: RapidCheck's CMake package (librapidcheck-dev) is not installed")
                return SKIP
            prefix = install(src, tmp, env)
            build = os.path.join(tmp, "cmake-build")
            cmake_build(os.path.join(work, "cmake_rapidcheck"), build, args.cxx[0], env,
                        f"-DCMAKE_PREFIX_PATH={prefix}")
            got = subprocess.run([os.path.join(build, "rapidcheck_consumer")], capture_output=True, text=True)
            if got.returncode != 0 or not got.stdout.endswith("sttj::rapidcheck: ok\n"):
                print(f"FAIL: rapidcheck_consumer exited {got.returncode}, printed {got.stdout!r}")
                return 1
            print("ok: sttj::rapidcheck")
            return 0
        elif args.route == "pkgconfig":
            need("make", "pkg-config")
            prefix = install(src, tmp, env)
            env["PKG_CONFIG_PATH"] = os.path.join(prefix, "share", "pkgconfig")
            got = subprocess.run(["pkg-config", "--modversion", "sttj"], env=env, check=True,
                                 capture_output=True, text=True).stdout.strip()
            if got != sttj_version:
                print(f"FAIL: pkg-config --modversion sttj says {got!r}, expected {sttj_version!r}")
                return 1
            run(["make", "-C", os.path.join(work, "pkgconfig"), f"CXX={' '.join(args.cxx)}"], env=env)
            exe = os.path.join(work, "pkgconfig", "consumer")
        elif args.route == "meson":
            project = os.path.join(work, "meson")
            os.makedirs(os.path.join(project, "subprojects"))
            wrap = os.path.join(src, "packaging", "meson", "sttj.wrap")
            shutil.copy(wrap, os.path.join(project, "subprojects", "sttj.wrap"))
            with open(wrap, encoding="utf-8") as f:
                directory = re.search(r"^directory = (.+)$", f.read(), re.M).group(1)
            # The wrap's directory already exists, so Meson uses this source
            # tree as it is (nodownload makes sure it never reaches for the
            # archive; tools/release.py check tests the archive's hash).
            os.symlink(src, os.path.join(project, "subprojects", directory))
            build = os.path.join(tmp, "meson-build")
            run(["meson", "setup", build, project, "--wrap-mode=nodownload", "-Dcompiled=true"], env=env,
                stdout=subprocess.DEVNULL)
            run(["meson", "compile", "-C", build, "consumer", "consumer_compiled"], env=env)
            exe = os.path.join(build, "consumer")
            compiled = os.path.join(build, "consumer_compiled")
            got = subprocess.run([compiled], capture_output=True, text=True)
            if got.returncode != 0 or got.stdout != expected:
                print(f"FAIL: {compiled} (sttj_compiled_dep) exited {got.returncode}, printed {got.stdout!r}")
                return 1
        elif args.route == "meson_release":
            need("git")
            with open(os.path.join(src, "packaging", "release.json"), encoding="utf-8") as f:
                commit = json.load(f)["commit"]
            if subprocess.run(["git", "-C", src, "cat-file", "-e", f"{commit}^{{commit}}"],
                              capture_output=True).returncode != 0:
                print(f"skipped: no git repository with the release commit {commit} at {src}")
                return SKIP
            project = os.path.join(work, "meson")
            cache = os.path.join(project, "subprojects", "packagecache")
            os.makedirs(cache)
            shutil.copy(os.path.join(src, "packaging", "meson", "sttj.wrap"),
                        os.path.join(project, "subprojects", "sttj.wrap"))
            run([sys.executable, os.path.join(src, "tools", "release.py"), "archive", commit, "-o", cache])
            build = os.path.join(tmp, "meson-build")
            run(["meson", "setup", build, project, "--wrap-mode=nodownload"], env=env,
                stdout=subprocess.DEVNULL)
            run(["meson", "compile", "-C", build, "consumer"], env=env)
            exe = os.path.join(build, "consumer")
            # The released version, which the source tree may have left.
            expected = expected.replace(f"sttj {sttj_version}:", f"sttj {release_version(src)}:")
        elif args.route == "separate":
            need("nm")
            # Both hand over with `if !consteval` (include/sttj/config.hpp):
            # C++23 as the standard has it, C++20 as GCC's and Clang's
            # extension with its warning silenced (-Werror below). Build
            # both, run the C++23 program here and the C++20 one below.
            for std in ("c++2b", "c++20"):
                exe = os.path.join(tmp, f"consumer-{std}")
                flags = [f"-std={std}", "-O2", "-Wall", "-Wextra", "-Wpedantic", "-Wconversion", "-Wshadow",
                         "-Werror", "-DSTTJ_SEPARATE_COMPILATION", "-I", os.path.join(src, "include")]
                objects = {}
                for name, source in (("main", os.path.join(work, "main.cpp")),
                                     ("sttj", os.path.join(src, "src", "sttj.cpp"))):
                    objects[name] = os.path.join(tmp, f"{name}-{std}.o")
                    run(args.cxx + flags + ["-c", source, "-o", objects[name]])
                run(args.cxx + [objects["main"], objects["sttj"], "-o", exe])
                if not compiled_apart(objects["main"]):
                    return 1
                if std == "c++2b":
                    got = subprocess.run([exe], capture_output=True, text=True)
                    if got.returncode != 0 or got.stdout != expected:
                        print(f"FAIL: {exe} exited {got.returncode}, printed {got.stdout!r}")
                        return 1
            if not mixed_modes_fail_to_link(args.cxx, src, work, tmp, objects["sttj"]):
                return 1
        else:
            exe = os.path.join(tmp, "consumer")
            run(args.cxx + ["-std=c++20", "-Wall", "-Wextra", "-Wpedantic", "-Wconversion",
                            "-Wshadow", "-Werror",
                            "-I", os.path.join(src, "single_include"),
                            os.path.join(work, "main.cpp"), "-o", exe])

        got = subprocess.run([exe], capture_output=True, text=True)
        if got.returncode != 0 or got.stdout != expected:
            print(f"FAIL: {exe} exited {got.returncode}, printed {got.stdout!r}, expected {expected!r}")
            return 1
        print(f"ok: {got.stdout.strip()}")
        return 0


if __name__ == "__main__":
    sys.exit(main())
