#!/usr/bin/env python3
"""Generate include/sttj/detail/unicode_table.hpp from UnicodeData.txt.

The JobId pattern allows every code point whose general category is a Letter
(L*), Separator (Z*) or Number (N*). This script merges those code points into
sorted, disjoint ranges and writes them as a constexpr table.

Usage:
  tools/gen_unicode_table.py            regenerate the header in place
  tools/gen_unicode_table.py --check    exit 1 if the committed header differs
  tools/gen_unicode_table.py --input F  read another UnicodeData.txt

Input: Debian's `unicode-data` package, /usr/share/unicode/UnicodeData.txt.
Deterministic and offline; writes no timestamp.
"""
import argparse
import pathlib
import re
import sys

DEFAULT_INPUT = "/usr/share/unicode/UnicodeData.txt"
EXPECTED_VERSION = "15.0.0"
ROOT = pathlib.Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "include" / "sttj" / "detail" / "unicode_table.hpp"
ALLOWED_CATEGORY_PREFIXES = ("L", "Z", "N")
# Each packed entry holds a range start in its low 21 bits and (length - 1) in
# the high 11 bits, so one range spans at most 2048 code points.
MAX_RUN = 1 << 11
# The run-time lookup: a two-level bitmap. Code points go in blocks of 256;
# the first level maps a block number to one of the distinct 256-bit blocks
# (127 of them in Unicode 15.0, so a byte indexes them). Blocks above the
# last allowed code point are not stored up to INDEX_LIMIT (U+40000: a
# power of two, so a lookup can mask its index instead of comparing); the
# lookup answers "no" above it.
BLOCK_SHIFT = 8
BLOCK_SIZE = 1 << BLOCK_SHIFT
INDEX_LIMIT = 0x40000


def unicode_version(data_path: pathlib.Path) -> str:
    """Read the version from ReadMe.txt beside UnicodeData.txt, if present."""
    readme = data_path.parent / "ReadMe.txt"
    if readme.exists():
        match = re.search(r"Version (\d+\.\d+\.\d+)", readme.read_text("utf-8", "replace"))
        if match:
            return match.group(1)
    return "unknown"


def allowed_code_points(data_path: pathlib.Path):
    """Yield every code point in L*, Z* or N*, expanding <..., First>/<..., Last> pairs."""
    range_start = None
    for line in data_path.read_text("utf-8").splitlines():
        fields = line.split(";")
        code_point, name, category = int(fields[0], 16), fields[1], fields[2]
        if name.endswith(", First>"):
            range_start = code_point
            continue
        first = range_start if name.endswith(", Last>") else code_point
        range_start = None
        if category.startswith(ALLOWED_CATEGORY_PREFIXES):
            yield from range(first, code_point + 1)


def merged_ranges(code_points):
    ranges = []
    for cp in code_points:
        if ranges and ranges[-1][1] + 1 == cp:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return ranges


def packed_entries(ranges):
    entries = []
    for first, last in ranges:
        while first <= last:
            length = min(last - first + 1, MAX_RUN)
            entries.append(first | ((length - 1) << 21))
            first += length
    return entries


def two_level(ranges):
    """(block index per 256-code-point block, distinct blocks as 8 x 32-bit words)."""
    allowed = set()
    for first, last in ranges:
        allowed.update(range(first, last + 1))
    if max(allowed) >= INDEX_LIMIT:
        raise SystemExit("error: an allowed code point above INDEX_LIMIT; raise it")
    block_count = INDEX_LIMIT // BLOCK_SIZE
    distinct = {}
    index = []
    for block in range(block_count):
        words = [0] * (BLOCK_SIZE // 32)
        for offset in range(BLOCK_SIZE):
            if block * BLOCK_SIZE + offset in allowed:
                words[offset // 32] |= 1 << (offset % 32)
        index.append(distinct.setdefault(tuple(words), len(distinct)))
    if len(distinct) > 256:
        raise SystemExit("error: more than 256 distinct blocks; widen the block index")
    return index, list(distinct)


def bmp_words(ranges):
    """The Basic Multilingual Plane as 1024 64-bit words: bit cp % 64 of word cp // 64."""
    words = [0] * (0x10000 // 64)
    for first, last in ranges:
        for cp in range(first, min(last, 0xFFFF) + 1):
            words[cp // 64] |= 1 << (cp % 64)
    return words


def string_literal(prefix: str, digits: str, values, per_line: int) -> str:
    """`values` as the elements of a string literal (prefix "" for bytes, "U"
    for 32-bit values), one hex escape each, `per_line` to a line of adjacent
    literals."""
    lines = []
    for i in range(0, len(values), per_line):
        escapes = "".join(f"\\x{v:{digits}}" for v in values[i:i + per_line])
        lines.append(f'    {prefix}"{escapes}"')
    return "\n".join(lines)


def render(version: str, ranges, entries) -> str:
    index, blocks = two_level(ranges)
    bmp = bmp_words(ranges)
    bmp_body = ["    " + " ".join(f"0x{w:016x}," for w in bmp[i:i + 4]) for i in range(0, len(bmp), 4)]
    index_body = string_literal("", "02x", index, 16)
    block_words = [w for words in blocks for w in words]
    block_body = string_literal("U", "08x", block_words, 8)
    two_level_bytes = len(index) + 4 * len(block_words)
    body = string_literal("U", "08x", entries, 8)
    size = 4 * len(entries)
    return f"""\
// GENERATED FILE - DO NOT EDIT.
// Regenerate with: python3 tools/gen_unicode_table.py
// Source: /usr/share/unicode/UnicodeData.txt (Debian unicode-data), Unicode {version}.
#ifndef STTJ_DETAIL_UNICODE_TABLE_HPP
#define STTJ_DETAIL_UNICODE_TABLE_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sttj::detail {{

/// The Unicode version whose general categories this table encodes.
inline constexpr std::string_view unicode_version = "{version}";

// The first three tables are the elements of string literals, one hex escape
// per element (a number, not a character), with the literal's terminating
// zero after the last one. g++ 12 reads them about ten times as fast as the
// same numbers written as integer literals: about 10 million instructions
// fewer per table in every TU that includes sttj.

/// Code points of general category L*, Z* or N*: {len(ranges)} merged ranges,
/// stored as {len(entries)} packed entries of 4 bytes = {size} bytes.
/// Entry layout: bits 0-20 first code point, bits 21-31 (length - 1).
/// Sorted by first code point, disjoint: a binary search on the low 21 bits finds
/// the only entry that can contain a code point.
inline constexpr std::size_t letter_separator_number_table_size = {len(entries)};
inline constexpr char32_t letter_separator_number_table[letter_separator_number_table_size + 1] =
{body};

inline constexpr std::size_t letter_separator_number_table_bytes = {size};

/// The same set as a two-level bitmap, for the run-time lookup (one load
/// per level instead of a 10-step binary search): code point cp is allowed
/// iff cp < {len(index) * BLOCK_SIZE:#x} and bit (cp % 32) of
/// letter_separator_number_blocks[8 * letter_separator_number_block_index[cp >> {BLOCK_SHIFT}] + (cp >> 5) % 8]
/// is set. {len(index)} + {len(blocks)} x 32 = {two_level_bytes} bytes. Derived from the ranges above by
/// the same generator; tests check both against ICU for every code point.
inline constexpr std::uint32_t letter_separator_number_block_limit = {len(index) * BLOCK_SIZE:#x};
inline constexpr unsigned char letter_separator_number_block_index[{len(index)} + 1] =
{index_body};
inline constexpr char32_t letter_separator_number_blocks[{len(block_words)} + 1] =
{block_body};

/// The Basic Multilingual Plane alone as a flat bitmap, for the 2- and 3-byte
/// UTF-8 sequences, whose bytes give the word and the bit directly: code
/// point cp < 0x10000 is allowed iff bit (cp % 64) of
/// letter_separator_number_bmp[cp / 64] is set. {len(bmp)} x 8 = {8 * len(bmp)} bytes.
inline constexpr std::uint64_t letter_separator_number_bmp[{len(bmp)}] = {{
{chr(10).join(bmp_body)}
}};

}}  // namespace sttj::detail

#endif  // STTJ_DETAIL_UNICODE_TABLE_HPP
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail if the committed header differs")
    parser.add_argument("--input", default=DEFAULT_INPUT, help="path to UnicodeData.txt")
    args = parser.parse_args()

    data_path = pathlib.Path(args.input)
    if not data_path.exists():
        print(f"SKIP: {data_path} not found (apt-get install unicode-data)")
        return 77
    version = unicode_version(data_path)
    if version != EXPECTED_VERSION:
        print(f"error: {data_path} is Unicode {version}; sttj pins {EXPECTED_VERSION}", file=sys.stderr)
        return 1

    ranges = merged_ranges(allowed_code_points(data_path))
    text = render(version, ranges, packed_entries(ranges))
    if args.check:
        if not OUTPUT.exists() or OUTPUT.read_text("utf-8") != text:
            print(f"error: {OUTPUT.relative_to(ROOT)} is out of date; run python3 tools/gen_unicode_table.py",
                  file=sys.stderr)
            return 1
        print(f"{OUTPUT.relative_to(ROOT)} is up to date (Unicode {version}, {len(ranges)} ranges)")
        return 0
    OUTPUT.write_text(text, "utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(ranges)} ranges")
    return 0


if __name__ == "__main__":
    sys.exit(main())
