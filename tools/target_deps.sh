#!/usr/bin/env bash
# tools/target_deps.sh DEB_ARCH DIR
#
# The test libraries of a cross target (cross/*.ini), from Debian's archive:
# Debian's packages for DEB_ARCH (arm64, s390x, i386) are downloaded and
# unpacked into DIR, not installed, so no multiarch dependency (libc6-dev,
# whose versions the archive does not always keep in step across
# architectures) has to resolve. DIR gets include/ (Catch2, RapidCheck, ICU,
# RapidJSON headers) and lib/ (static RapidCheck and ICU for DEB_ARCH), and
# DIR/meson.ini, a cross-file fragment naming DIR for tests/meson.build.
# DEB_ARCH "windows": headers only (Debian builds neither library for
# mingw-w64); the tests that need them report themselves skipped.
#
# Needs `dpkg --add-architecture DEB_ARCH` and `apt-get update` first (./dev
# test does both).
set -euo pipefail
arch=$1
dir=$(mkdir -p "$2" && cd "$2" && pwd)

rm -rf "$dir/debs" "$dir/root" "$dir/include" "$dir/lib"
mkdir -p "$dir/debs" "$dir/root" "$dir/include" "$dir/lib"
packages=(catch2 rapidjson-dev)
[ "$arch" = windows ] || packages+=("librapidcheck-dev:$arch" "libicu-dev:$arch")
# apt's sandbox user cannot write to a root-owned folder: download as is.
(cd "$dir/debs" && apt-get download -q "${packages[@]}" 2>&1 | grep -v 'Download is performed unsandboxed' || true)
for deb in "$dir"/debs/*.deb; do dpkg-deb -x "$deb" "$dir/root"; done

for header in catch2 rapidcheck.h rapidcheck unicode rapidjson; do
  if [ -e "$dir/root/usr/include/$header" ]; then ln -s "$dir/root/usr/include/$header" "$dir/include/$header"; fi
done
[ -e "$dir/include/catch2/catch.hpp" ] || { echo "target_deps.sh: no Catch2 in $dir" >&2; exit 1; }
for lib in "$dir"/root/usr/lib/*/librapidcheck.a "$dir"/root/usr/lib/*/libicuuc.a "$dir"/root/usr/lib/*/libicudata.a; do
  if [ -e "$lib" ]; then ln -s "$lib" "$dir/lib/"; fi
done

{
  echo "[properties]"
  echo "sttj_test_deps = '$dir'"
  if [ "$arch" = windows ]; then
    echo "sttj_test_without_rapidcheck = 'RapidCheck: Debian has no mingw-w64 build of it'"
    echo "sttj_test_without_icu = 'ICU: Debian has no mingw-w64 build of it'"
  fi
} >"$dir/meson.ini"
echo "target_deps.sh: $arch test libraries in $dir: $(cd "$dir/lib" && ls | tr '\n' ' ')"
