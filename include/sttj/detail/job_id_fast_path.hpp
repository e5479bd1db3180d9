#ifndef STTJ_DETAIL_JOB_ID_FAST_PATH_HPP
#define STTJ_DETAIL_JOB_ID_FAST_PATH_HPP

// Run-time fast paths for the JobId validator. The scalar definition in
// job_id.hpp (find_job_id_error_scalar) is the specification; everything
// here must give exactly its answer (reason, offset, code point, UTF-8
// problem), which the property tests and the job_id fuzzer check.
//
// Only for x86 with SSE2 (STTJ_DETAIL_SSE2, isa.hpp). Elsewhere the
// definition runs at run time too: without vector compares, the byte loops
// that built the same masks cost more instructions than it does.
//
// How: an id of 1..128 bytes is classified 16 bytes at a time, in place
// (SSE2 through simd.hpp, with SSSE3's PSHUFB for the ASCII check when the
// build targets x86-64-v2): which bytes are non-ASCII, which are
// continuation bytes (10xxxxxx), which lead 3- or 4-byte sequences, which
// ASCII bytes are not allowed. If the masks show
// sound UTF-8 structure (the common case, valid or not), each sequence is
// looked up with no branch on the data: 2- and 3-byte ones in the flat BMP
// bitmap, 4-byte ones in the two-level bitmap. Otherwise the id is copied
// into a zero-padded buffer and each lead is decoded and checked in full.
// Either way that yields the first position at which the scalar definition,
// walking from the front, would stop; the definition's own loop then
// classifies that one position. Ids longer than 128 bytes (never valid) go
// straight to that loop. is_valid_job_id needs no position: its path
// (is_valid_job_id_fast) stops at the first check an id fails and looks
// sequences up only in ids that pass the others.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "attributes.hpp"
#include "bytes.hpp"
#include "isa.hpp"
#include "job_id_ascii.hpp"
#include "job_id_chars.hpp"
#include "job_id_masks.hpp"
#include "simd.hpp"
#include "small_copy.hpp"
#include "utf8.hpp"

#if defined(STTJ_DETAIL_SSE2)
namespace sttj::detail::inline STTJ_DETAIL_ISA {

/// The fast path's verdict. `reason` holds a JobIdReason value (same order:
/// Empty, TooLong, Encoding, Character; impl/job_id.ipp static_asserts it) or
/// job_id_fast_valid; the other members are JobIdError's.
struct JobIdFastVerdict {
    std::uint8_t reason;
    std::size_t offset;
    char32_t code_point;
    Utf8Problem utf8_problem;
};
inline constexpr std::uint8_t job_id_fast_empty = 0;
inline constexpr std::uint8_t job_id_fast_too_long = 1;
inline constexpr std::uint8_t job_id_fast_encoding = 2;
inline constexpr std::uint8_t job_id_fast_character = 3;
inline constexpr std::uint8_t job_id_fast_valid = 0xFF;

/// The scalar definition's loop (job_id.hpp) resumed at byte `pos` with
/// `scalars` scalars already counted: the same checks in the same order.
[[nodiscard]] inline JobIdFastVerdict job_id_scan_from(std::string_view id, std::size_t pos,
                                                       std::size_t scalars) noexcept {
    if (id.empty()) return {job_id_fast_empty, 0, 0, Utf8Problem::None};
    while (pos < id.size()) {
        const Utf8Step step = decode_utf8(id, pos);
        if (step.problem != Utf8Problem::None) {
            return {job_id_fast_encoding, pos, static_cast<std::uint8_t>(id[pos]), step.problem};
        }
        if (++scalars > 32) return {job_id_fast_too_long, pos, 0, Utf8Problem::None};
        if (!is_job_id_scalar(step.code_point)) {
            return {job_id_fast_character, pos, step.code_point, Utf8Problem::None};
        }
        pos += step.length;
    }
    return {job_id_fast_valid, 0, 0, Utf8Problem::None};
}

/// is_valid_job_id_fast for an id of 1..64 bytes (nearly every id that is
/// not 16..32 allowed ASCII bytes): the same checks with one word per mask,
/// no loop over blocks and two branches on the length past the first. Bad
/// ASCII is gathered in a vector and tested once; the structure check is a
/// few word operations.
[[nodiscard]] STTJ_DETAIL_NOINLINE inline bool is_valid_job_id_up_to_64(const unsigned char* id,
                                                                        std::size_t size) noexcept {
    std::uint64_t bit7 = 0, bit6 = 0, bit5 = 0, bit4 = 0;  // simd_high_bits of every byte
    simd::Vector ok = simd::splat(-1);                     // top bit of each byte: allowed ASCII, or not ASCII
    const auto add = [&](simd::Vector bytes, std::size_t pos) STTJ_DETAIL_ALWAYS_INLINE {
        ok = ok & (simd_allowed_ascii(bytes) | bytes);
        const ByteHighBits b = simd_high_bits(bytes);
        bit7 |= std::uint64_t{b.bit7} << pos;
        bit6 |= std::uint64_t{b.bit6} << pos;
        bit5 |= std::uint64_t{b.bit5} << pos;
        bit4 |= std::uint64_t{b.bit4} << pos;
    };
    unsigned ok_wanted = 0xFFFF;
    if (size >= 16) {
        // Blocks at 0 and size - 16 cover 16..32 bytes, with one at 16 as
        // well 33..48, and with one at 32 too 49..64. Blocks that overlap
        // set the same bits. (A fourth block at min(32, size - 16) instead
        // of the branch reads one block twice for 33..48 bytes, which costs
        // mixed-Unicode ids more and saves nothing.)
        const std::size_t last = size - 16;
        const simd::Vector head = simd::load(id);
        const simd::Vector tail = simd::load(id + last);
        simd::Vector second{}, third{};
        if (size > 32) {
            second = simd::load(id + 16);
            if (size > 48) third = simd::load(id + 32);
            // More than 32 bytes, all of them ASCII: more than 32 scalars,
            // whatever the characters, so nothing else needs checking. Such
            // ids (a UUID with hyphens has 36 bytes) are the most common
            // invalid ids, and the check costs valid ids nothing.
            const unsigned non_ascii =
                simd::top_bits(head) | simd::top_bits(tail) | simd::top_bits(second) | simd::top_bits(third);
            if (non_ascii == 0) return false;
        }
        add(head, 0);
        add(tail, last);
        if (size > 32) {
            add(second, 16);
            if (size > 48) add(third, 32);
            // Only an id of more than 32 bytes can have more than 32
            // scalars: count them once every continuation byte is in.
            if (size - job_id_popcount(lead_masks(bit7, bit6, bit5, bit4).continuation) > 32) return false;
        }
    } else {
        add(job_id_load_short(id, size), 0);
        ok_wanted = (1u << size) - 1;  // the zero padding is not the id's
    }
    if ((simd::top_bits(ok) & ok_wanted) != ok_wanted) return false;
    // Allowed ASCII only: e.g. an id of 16..32 bytes with `_` or a space,
    // which the inline check leaves to this path in SSE2-only builds.
    if (bit7 == 0) return true;
    const LeadMasks<std::uint64_t> m = lead_masks(bit7, bit6, bit5, bit4);
    // job_id_well_formed for one word: continuation bytes exactly where the
    // leads call for them (past the id's end there are none), and none
    // called for past byte 63, whose bits the shifts drop.
    const std::uint64_t wanted = (m.leads << 1) | (m.from_e0 << 2) | (m.from_f0 << 3);
    const std::uint64_t dropped = (m.leads >> 63) | (m.from_e0 >> 62) | (m.from_f0 >> 61);
    if (wanted != m.continuation || dropped != 0) return false;
    bool all_allowed = true;
    job_id_look_up_sequences(id, m.leads, m.from_e0, m.from_f0,
                             [&](unsigned, bool allowed) { all_allowed &= allowed; });
    return all_allowed;
}

/// 16 zeros, then 16 0xFF: the 16 bytes from `r` (1..15) have 0xFF in the
/// last r places.
inline constexpr unsigned char job_id_last_bytes_masks[32] = {
    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};

/// The number of continuation bytes (10xxxxxx) of an id of 16..128 bytes:
/// each 16-byte block adds 1 to a byte's count where it has one, and one
/// PSADBW sums the counts (at most 8 each).
[[nodiscard]] inline std::size_t job_id_continuation_count(const unsigned char* id, std::size_t size) noexcept {
    const simd::Vector top_two_bits = simd::splat(static_cast<char>(0xC0));
    const simd::Vector continuation = simd::splat(static_cast<char>(0x80));
    const auto continuation_bytes = [&](simd::Vector bytes) {
        return simd::equal(bytes & top_two_bits, continuation);  // 0xFF, that is -1, where one is
    };
    simd::Vector counts{};
    std::size_t pos = 0;
    for (; pos + 16 <= size; pos += 16) counts = simd::subtract(counts, continuation_bytes(simd::load(id + pos)));
    if (pos != size) {
        // The block that ends at the id's end: only its last size - pos
        // bytes are not counted yet.
        const simd::Vector fresh = simd::load(job_id_last_bytes_masks + (size - pos));
        counts = simd::subtract(counts, continuation_bytes(simd::load(id + size - 16)) & fresh);
    }
    const simd::Vector sums = simd::sum_bytes_in_halves(counts);
    return static_cast<std::size_t>(sums[0] + sums[1]);
}

/// is_valid_job_id_fast's checks that need an id's masks: allowed ASCII,
/// sound UTF-8 structure and allowed sequences. The scalar count is the
/// caller's.
[[nodiscard]] inline bool job_id_masks_valid(const unsigned char* bytes, std::size_t size,
                                             const JobIdMasks& m) noexcept {
    return (m.bad_ascii[0] | m.bad_ascii[1]) == 0 && job_id_well_formed(m) &&
           job_id_check_sequences<false>(bytes, size, m);
}

/// is_valid_job_id_fast for an id of 65..128 bytes: the block masks in two
/// words. A function of its own so that is_valid_job_id_fast, whose common
/// path is a jump to is_valid_job_id_up_to_64, saves no registers (GCC 12
/// would otherwise save and restore six around that jump).
[[nodiscard]] STTJ_DETAIL_NOINLINE inline bool is_valid_job_id_over_64(const unsigned char* bytes,
                                                                       std::size_t size) noexcept {
    // An id this long has more than 32 scalars unless at least size - 32 of
    // its bytes are continuation bytes, and counting those costs far less
    // than the masks, which most such ids never need.
    if (size - job_id_continuation_count(bytes, size) > 32) return false;
    return job_id_masks_valid(bytes, size, job_id_masks<true>(bytes, size));
}

/// Whether an id is valid: the fast path's verdict without placing the
/// problem, so an invalid id stops at the first check it fails (too short or
/// long in bytes, bad ASCII, broken UTF-8 structure, more than 32 scalars)
/// and only ids that pass those are looked up in the bitmaps.
[[nodiscard]] STTJ_DETAIL_NOINLINE inline bool is_valid_job_id_fast(const char* data, std::size_t size) noexcept {
    if (size - 1 >= 128) return false;  // empty (wraps around), or more bytes than 32 scalars can have
    const auto* bytes = reinterpret_cast<const unsigned char*>(data);
    return size <= 64 ? is_valid_job_id_up_to_64(bytes, size) : is_valid_job_id_over_64(bytes, size);
}

/// is_valid_job_id at run time: the common id (16..32 ASCII letters,
/// digits and `-./:`) decided inline, anything else by the full check.
[[nodiscard]] STTJ_DETAIL_ALWAYS_INLINE inline bool is_valid_job_id_sse2(const char* data, std::size_t size) noexcept {
    return is_common_id_16_to_32(data, size) || is_valid_job_id_fast(data, size);
}

/// Exactly find_job_id_error_scalar's answer, faster. (find_job_id_error has
/// already tried is_common_id_16_to_32 inline before it calls this.)
[[nodiscard]] inline JobIdFastVerdict find_job_id_problem_fast(const char* data, std::size_t size) noexcept {
    const std::string_view id{data, size};
    if (size == 0 || size > 128) return job_id_scan_from(id, 0, 0);
    const auto* bytes = reinterpret_cast<const unsigned char*>(data);
    const JobIdMasks m = job_id_masks(bytes, size);
    std::size_t first = size;
    if (job_id_well_formed(m)) {
        // The common case, valid or not: no decoding problems to place.
        first = job_id_check_sequences<true>(bytes, size, m);
    } else {
        alignas(16) unsigned char buffer[job_id_fast_buffer_size] = {};
        copy_at_most_128(buffer, data, size);
        first = job_id_first_stop_ill_formed(buffer, size, m);
    }
    // Scalar starts: every byte of the id that is not a continuation byte.
    const std::uint64_t keep_lo = size >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << size) - 1;
    const std::uint64_t keep_hi = size <= 64    ? 0
                                  : size >= 128 ? ~std::uint64_t{0}
                                                : (std::uint64_t{1} << (size - 64)) - 1;
    const std::uint64_t leads[2] = {~m.continuation[0] & keep_lo, ~m.continuation[1] & keep_hi};
    const std::size_t too_long = job_id_33rd_lead(leads, size);
    const std::size_t stop = first < too_long ? first : too_long;
    if (stop == size) return {job_id_fast_valid, 0, 0, Utf8Problem::None};
    // Every byte before `stop` belongs to a good scalar: count them and let
    // the definition's loop classify the scalar at `stop`.
    std::size_t scalars = 0;
    if (stop < 64) {
        scalars = job_id_popcount(leads[0] & ((std::uint64_t{1} << stop) - 1));
    } else {
        scalars = job_id_popcount(leads[0]) + job_id_popcount(leads[1] & ((std::uint64_t{1} << (stop - 64)) - 1));
    }
    return job_id_scan_from(id, stop, scalars);
}

}  // namespace sttj::detail::inline STTJ_DETAIL_ISA
#endif  // STTJ_DETAIL_SSE2

#endif  // STTJ_DETAIL_JOB_ID_FAST_PATH_HPP
