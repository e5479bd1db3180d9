#!/usr/bin/env bash
# Builds the fuzz targets listed in fuzz/targets.txt.
#
# Local use:   fuzz/build.sh [TARGET...]
#   libFuzzer binaries with clang (-fsanitize=fuzzer,address,undefined) into
#   fuzz/out/<target>, and plain replay programs (target + fuzz/main.cpp,
#   no sanitizer) with g++ into fuzz/out/<target>_replay.
#   Env: FUZZ_OUT (output dir), FUZZ_CXX (clang++), REPLAY_CXX (g++; set it
#   empty to skip the replay programs), FUZZ_CXXFLAGS (extra flags).
#
# OSS-Fuzz style: when $LIB_FUZZING_ENGINE is set, builds each target with
#   $CXX $CXXFLAGS ... $LIB_FUZZING_ENGINE -o $OUT/<target> and puts
#   $OUT/<target>.dict and $OUT/<target>_seed_corpus.zip next to it.
#   The same mode builds with AFL++: see fuzz/README.md.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")

pick() { local c; for c in "$@"; do command -v "$c" >/dev/null 2>&1 && { echo "$c"; return; }; done; echo "$1"; }

oss_fuzz=0
if [ -n "${LIB_FUZZING_ENGINE:-}" ]; then
  oss_fuzz=1
  out=${OUT:?OUT must be set with LIB_FUZZING_ENGINE}
  cxx=${CXX:-clang++}
  read -r -a base_flags <<<"${CXXFLAGS:-}"
  read -r -a engine <<<"$LIB_FUZZING_ENGINE"
  replay_cxx=""
else
  out=${FUZZ_OUT:-$here/out}
  cxx=${FUZZ_CXX:-$(pick clang++-14 clang++)}
  base_flags=(-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all)
  engine=(-fsanitize=fuzzer)
  replay_cxx=${REPLAY_CXX-$(pick g++-12 g++)}
fi
read -r -a extra_flags <<<"${FUZZ_CXXFLAGS:-}"
mkdir -p "$out"

lib_flags() {  # lib_flags icu|rapidjson|- -> compiler and linker flags
  case "$1" in
    icu) pkg-config --cflags --libs icu-uc 2>/dev/null || echo "-licuuc" ;;
    rapidjson)
      if [ ! -f /usr/include/rapidjson/reader.h ] && ! pkg-config --exists RapidJSON 2>/dev/null; then
        echo "build.sh: RapidJSON not found (Debian: apt-get install rapidjson-dev)" >&2
        return 1
      fi
      pkg-config --cflags RapidJSON 2>/dev/null || true ;;
    -) ;;
  esac
}

wanted=("$@")
built=()
while read -r name source corpus dict lib flags; do
  case "$name" in ''|'#'*) continue ;; esac
  if [ ${#wanted[@]} -gt 0 ] && [[ " ${wanted[*]} " != *" $name "* ]]; then continue; fi
  read -r -a libs <<<"$(lib_flags "$lib")"
  defines=()
  if [ "$flags" != "-" ]; then IFS=, read -r -a defines <<<"$flags"; fi
  common=(-std=c++20 -I"$root/include" "${defines[@]}")
  echo "build.sh: $name"
  "$cxx" "${base_flags[@]}" "${extra_flags[@]}" "${common[@]}" "$here/$source" "${engine[@]}" \
    "${libs[@]}" -o "$out/$name"
  if [ -n "$replay_cxx" ]; then
    "$replay_cxx" -O1 -g "${extra_flags[@]}" "${common[@]}" "$here/$source" "$here/main.cpp" \
      "${libs[@]}" -o "$out/${name}_replay"
  fi
  if [ "$oss_fuzz" = 1 ]; then
    cp "$here/$dict" "$out/$name.dict"
    python3 - "$here/corpus/$corpus" "$out/${name}_seed_corpus.zip" <<'PY'
import os, sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
    for f in sorted(os.listdir(src)):
        z.write(os.path.join(src, f), f)
PY
  fi
  built+=("$name")
done <"$here/targets.txt"

[ ${#built[@]} -gt 0 ] || { echo "build.sh: no target matched: ${wanted[*]}" >&2; exit 2; }
echo "build.sh: built ${built[*]} in $out"
