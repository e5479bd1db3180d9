#ifndef STTJ_DETAIL_JOB_ID_ASCII_HPP
#define STTJ_DETAIL_JOB_ID_ASCII_HPP

// The JobId fast path's ASCII checks (job_id_fast_path.hpp): which of 16
// bytes are allowed ASCII characters, the inline check for the common id
// (16..32 letters, digits and `-./:`), and loading a short id into a
// vector without reading past its end.

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "attributes.hpp"
#include "bytes.hpp"
#include "isa.hpp"
#include "job_id_chars.hpp"
#include "simd.hpp"

#if defined(STTJ_DETAIL_SSE2)
namespace sttj::detail::inline STTJ_DETAIL_ISA {

#if defined(STTJ_DETAIL_SSSE3)
/// The allowed ASCII characters as two 16-byte tables for PSHUFB, indexed by
/// a byte's low and high nibble: by_high[h] is one bit per high nibble 2..7
/// (no allowed character is below 0x20; 0 for 0..1 and for non-ASCII 8..F),
/// by_low[l] has that bit for every h where byte h*16+l is allowed.
struct AsciiNibbleTables {
    alignas(16) unsigned char by_low[16] = {};
    alignas(16) unsigned char by_high[16] = {};
    constexpr AsciiNibbleTables() noexcept {
        for (unsigned c = 0x20; c < 0x80; ++c) {
            const auto bit =
                static_cast<unsigned char>(1u << ((c >> 4) - 2));  // at most 0x20: positive as a signed byte
            by_high[c >> 4] = bit;
            if (ascii_allowed.allowed[c]) by_low[c & 15] = static_cast<unsigned char>(by_low[c & 15] | bit);
        }
    }
};
inline constexpr AsciiNibbleTables ascii_nibble_tables{};

/// A 16-byte mask with 0xFF where the byte is an allowed ASCII JobId
/// character: two table lookups by nibble (SSSE3's PSHUFB) in place of
/// SSE2's range compares.
STTJ_DETAIL_ALWAYS_INLINE inline simd::Vector simd_allowed_ascii(simd::Vector bytes) noexcept {
    const simd::Vector nibble = simd::splat(0x0F);
    const simd::Vector low = bytes & nibble;
    const simd::Vector high = simd::shift_right_4_in_16_bit_lanes(bytes) & nibble;
    const simd::Vector hit = simd::look_up(simd::load(ascii_nibble_tables.by_low), low) &
                             simd::look_up(simd::load(ascii_nibble_tables.by_high), high);
    return simd::less(simd::Vector{}, hit);
}
#else
/// A 16-byte mask with 0xFF where the byte is an allowed ASCII JobId character.
STTJ_DETAIL_ALWAYS_INLINE inline simd::Vector simd_allowed_ascii(simd::Vector bytes) noexcept {
    // Unsigned "lo <= b <= hi" with signed compares: shift [lo, hi] to the
    // bottom of the signed range, then one compare.
    const auto in_range = [](simd::Vector b, char lo, char hi) {
        const simd::Vector shifted = simd::add(b, simd::splat(static_cast<char>(-128 - lo)));
        return simd::less(shifted, simd::splat(static_cast<char>(-128 + (hi - lo) + 1)));
    };
    const auto equals = [](simd::Vector b, char c) { return simd::equal(b, simd::splat(c)); };
    // Three runs: - . / 0-9 :   then @ A-Z   then a-z; five single characters.
    simd::Vector ok = in_range(bytes, '-', ':') | in_range(bytes, '@', 'Z');
    ok = ok | in_range(bytes, 'a', 'z');
    ok = ok | (equals(bytes, '_') | equals(bytes, '+'));
    ok = ok | (equals(bytes, '=') | equals(bytes, '%'));
    return ok | equals(bytes, ' ');
}
#endif

#if !defined(STTJ_DETAIL_SSSE3)
/// A 16-byte mask with 0xFF where the byte is an ASCII letter, a digit or
/// one of `-./:`: the characters of nearly every id (hex digits, UUIDs,
/// ARNs' pieces), in two range checks (6 operations) where the exact set
/// takes 18 in SSE2. `-./0123456789:` is the run 0x2D..0x3A; OR 0x20 maps
/// A-Z onto a-z and nothing else onto a-z.
inline simd::Vector simd_common_ascii(simd::Vector bytes) noexcept {
    const simd::Vector run = simd::add(bytes, simd::splat(static_cast<char>(-128 - '-')));
    const simd::Vector folded = simd::add(bytes | simd::splat(0x20), simd::splat(static_cast<char>(-128 - 'a')));
    return simd::less(run, simd::splat(static_cast<char>(-128 + (':' - '-') + 1))) |
           simd::less(folded, simd::splat(static_cast<char>(-128 + 26)));
}
#endif

/// True if `data` is 16..32 bytes of common id characters (e.g. 32 hex
/// digits, or a UUID): two loads and no buffer. False does not mean
/// invalid: the callers then run the full check. With SSSE3 the common
/// characters are every allowed ASCII character (two PSHUFB lookups); with
/// SSE2 alone they are letters, digits and `-./:` (simd_common_ascii), so
/// an id with `_`, `+`, `=`, `%`, `@` or a space goes to the full check.
[[nodiscard]] STTJ_DETAIL_ALWAYS_INLINE inline bool is_common_id_16_to_32(const char* data, std::size_t size) noexcept {
    if (size >= 16 && size <= 32) {
        // Two overlapping 16-byte loads cover every length from 16 to 32.
        const simd::Vector head = simd::load(data);
        const simd::Vector tail = simd::load(data + size - 16);
#if defined(STTJ_DETAIL_SSSE3)
        const simd::Vector ok = simd_allowed_ascii(head) & simd_allowed_ascii(tail);
#else
        const simd::Vector ok = simd_common_ascii(head) & simd_common_ascii(tail);
#endif
        return simd::top_bits(ok) == 0xFFFF;
    }
    return false;
}

/// An id of 1..15 bytes in a vector, zero-padded, from loads inside the id
/// only. Copying the id into a zeroed 16-byte buffer and loading that is
/// less code, but the 16-byte load spans several smaller stores, so the CPU
/// cannot forward them to it and the load waits for them to reach the
/// cache (bench/README.md has the difference).
[[nodiscard]] inline simd::Vector job_id_load_short(const unsigned char* id, std::size_t size) noexcept {
    if (size > 8) {
        // Bytes 0..7, and the last 8 bytes shifted down so that bytes
        // 8..size-1 start the high word.
        std::uint64_t head = 0, tail = 0;
        std::memcpy(&head, id, 8);
        std::memcpy(&tail, id + size - 8, 8);
        return simd::from_words(head, tail >> (8 * (16 - size)));
    }
    if (size >= 4) {
        // Bytes 0..3, and the last 4 bytes moved to size-4..size-1. Where the
        // two overlap they hold the same bytes, so OR keeps those.
        std::uint32_t head = 0, tail = 0;
        std::memcpy(&head, id, 4);
        std::memcpy(&tail, id + size - 4, 4);
        return simd::from_words(head | (std::uint64_t{tail} << (8 * (size - 4))), 0);
    }
    // 1..3 bytes: the first, the middle and the last (some are the same byte).
    const std::uint64_t bytes = std::uint64_t{id[0]} | (std::uint64_t{id[size / 2]} << (8 * (size / 2))) |
                                (std::uint64_t{id[size - 1]} << (8 * (size - 1)));
    return simd::from_words(bytes, 0);
}

}  // namespace sttj::detail::inline STTJ_DETAIL_ISA
#endif  // STTJ_DETAIL_SSE2

#endif  // STTJ_DETAIL_JOB_ID_ASCII_HPP
