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
#include "job_id_chars.hpp"
#include "simd.hpp"
#include "utf8.hpp"

#if defined(STTJ_DETAIL_SSE2)
namespace sttj::detail::inline STTJ_DETAIL_ISA {

/// The fast path's verdict. `reason` holds a JobIdReason value (same order:
/// Empty, TooLong, Encoding, Character; job_id.hpp static_asserts it) or
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
            const auto bit = static_cast<unsigned char>(1u << ((c >> 4) - 2));  // at most 0x20: positive as a signed byte
            by_high[c >> 4] = bit;
            if (ascii_allowed.allowed[c]) by_low[c & 15] = static_cast<unsigned char>(by_low[c & 15] | bit);
        }
    }
};
inline constexpr AsciiNibbleTables ascii_nibble_tables{};

/// A 16-byte mask with 0xFF where the byte is an allowed ASCII JobId
/// character: two table lookups by nibble (SSSE3's PSHUFB), fewer
/// instructions than SSE2's compares, adds and ors.
inline simd::Vector simd_allowed_ascii(simd::Vector bytes) noexcept {
    const simd::Vector nibble = simd::splat(0x0F);
    const simd::Vector low = bytes & nibble;
    const simd::Vector high = simd::shift_right_4_in_16_bit_lanes(bytes) & nibble;
    const simd::Vector hit = simd::look_up(simd::load(ascii_nibble_tables.by_low), low) &
                             simd::look_up(simd::load(ascii_nibble_tables.by_high), high);
    return simd::less(simd::Vector{}, hit);
}
#else
/// A 16-byte mask with 0xFF where the byte is an allowed ASCII JobId character.
inline simd::Vector simd_allowed_ascii(simd::Vector bytes) noexcept {
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
[[nodiscard]] inline bool is_common_id_16_to_32(const char* data, std::size_t size) noexcept {
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

/// Copies an id of 1..128 bytes to the start of the buffer with fixed-size,
/// possibly overlapping moves inside [0, size): a memcpy of variable size is
/// a library call that costs more than the copy.
inline void job_id_copy_to_buffer(unsigned char* buffer, const char* data, std::size_t size) noexcept {
    if (size >= 16) {
        std::size_t at = 0;
        for (; at + 16 <= size; at += 16) std::memcpy(buffer + at, data + at, 16);
        if (at != size) std::memcpy(buffer + size - 16, data + size - 16, 16);
    } else if (size >= 8) {
        std::memcpy(buffer, data, 8);
        std::memcpy(buffer + size - 8, data + size - 8, 8);
    } else if (size >= 4) {
        std::memcpy(buffer, data, 4);
        std::memcpy(buffer + size - 4, data + size - 4, 4);
    } else {
        for (std::size_t i = 0; i < size; ++i) buffer[i] = static_cast<unsigned char>(data[i]);
    }
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

/// Byte masks of an id of 1..128 bytes (bit i = byte i), two 64-bit words each.
struct JobIdMasks {
    std::uint64_t non_ascii[2] = {};     ///< byte >= 0x80
    std::uint64_t continuation[2] = {};  ///< 10xxxxxx
    std::uint64_t bad_ascii[2] = {};     ///< ASCII, not an allowed character
    std::uint64_t from_e0[2] = {};       ///< byte >= 0xE0: leads a 3- or 4-byte sequence
    std::uint64_t from_f0[2] = {};       ///< byte >= 0xF0: leads a 4-byte sequence
};

/// Room for 128 bytes, plus zeros so a 4-byte read at any byte stays inside.
inline constexpr std::size_t job_id_fast_buffer_size = 128 + 16;

/// Adds the masks of the 16 id bytes starting at `pos` to `m` (bit pos + i
/// for byte i). Blocks may overlap: a byte seen twice sets the same bits.
/// `Low`: the block lies in bytes 0..63, so only the first words change.
template <bool Low, class Block>
inline void job_id_add_block(JobIdMasks& m, const Block& block, std::size_t pos) noexcept {
    const auto place = [pos](std::uint64_t (&words)[2], std::uint64_t bits) {
        if (Low || pos <= 48) {
            words[0] |= bits << pos;
        } else if (pos < 64) {
            words[0] |= bits << pos;
            words[1] |= bits >> (64 - pos);
        } else {
            words[1] |= bits << (pos - 64);
        }
    };
    place(m.non_ascii, block.non_ascii);
    place(m.continuation, block.continuation);
    place(m.bad_ascii, block.allowed_ascii);  // inverted once all blocks are in
    place(m.from_e0, block.from_e0);
    place(m.from_f0, block.from_f0);
}

/// Adds the blocks of an id of 16..128 bytes: every 16 bytes from the start,
/// and the last 16, which may overlap the block before. `Low`: as above.
template <bool Low, class BlockAt>
inline void job_id_add_blocks(JobIdMasks& m, std::size_t size, const BlockAt& block_at) noexcept {
    for (std::size_t pos = 0; pos + 16 < size; pos += 16) job_id_add_block<Low>(m, block_at(pos), pos);
    job_id_add_block<Low>(m, block_at(size - 16), size - 16);
}

/// The 16-bit masks of one block of 16 bytes.
struct JobIdBlockMasks {
    std::uint32_t non_ascii, continuation, allowed_ascii, from_e0, from_f0;
};

/// Bits 7, 6, 5 and 4 of 16 bytes, one 16-bit mask each. Of a non-ASCII
/// byte (bit 7), bit 6 marks a lead (C0..FF, else a continuation byte), bits
/// 6 and 5 a lead from E0, bits 6, 5 and 4 a lead from F0. PMOVMSKB reads
/// each byte's top bit, and adding the bytes to themselves moves every bit
/// one up: no compare, no constant and one spare register, where GCC 12
/// turns a signed "greater than a constant" into a compare and an inversion.
struct ByteHighBits {
    std::uint32_t bit7, bit6, bit5, bit4;
};
inline ByteHighBits simd_high_bits(simd::Vector bytes) noexcept {
    const auto mask = [](simd::Vector v) { return static_cast<std::uint32_t>(simd::top_bits(v)); };
    const simd::Vector by2 = simd::add(bytes, bytes);
    const simd::Vector by4 = simd::add(by2, by2);
    return {mask(bytes), mask(by2), mask(by4), mask(simd::add(by4, by4))};
}

/// What simd_high_bits' bits mean, for masks of any width (bit i: byte i).
template <class Word>
struct LeadMasks {
    Word leads, continuation, from_e0, from_f0;
};
template <class Word>
inline LeadMasks<Word> lead_masks(Word bit7, Word bit6, Word bit5, Word bit4) noexcept {
    const Word leads = bit7 & bit6;
    const Word from_e0 = leads & bit5;
    return {leads, static_cast<Word>(bit7 & ~bit6), from_e0, static_cast<Word>(from_e0 & bit4)};
}

inline JobIdBlockMasks job_id_block_masks(simd::Vector bytes) noexcept {
    const ByteHighBits b = simd_high_bits(bytes);
    const LeadMasks<std::uint32_t> m = lead_masks(b.bit7, b.bit6, b.bit5, b.bit4);
    return {b.bit7, m.continuation, static_cast<std::uint32_t>(simd::top_bits(simd_allowed_ascii(bytes))),
            m.from_e0, m.from_f0};
}

/// The masks of an id of 1..128 bytes, read in place: 16-byte blocks inside
/// the id only (the last one ends at the id's end and may overlap the one
/// before), so nothing is copied and nothing past the end is read. An id
/// shorter than 16 bytes is copied into a zero-padded 16-byte block first.
/// `Over64`: the caller has handled every id of 64 bytes or fewer (with
/// is_valid_job_id_up_to_64), so only the two-word loop is compiled. Not
/// inlined: in is_valid_job_id_fast, whose common path is that function,
/// it would cost that path registers to save and restore.
template <bool Over64 = false>
STTJ_DETAIL_NOINLINE inline JobIdMasks job_id_masks(const unsigned char* id, std::size_t size) noexcept {
    JobIdMasks m;
    const auto block_at = [id](std::size_t pos) { return job_id_block_masks(simd::load(id + pos)); };
    if constexpr (Over64) {
        job_id_add_blocks<false>(m, size, block_at);
    } else if (size >= 16 && size <= 64) {  // the common case: one word per mask
        job_id_add_blocks<true>(m, size, block_at);
    } else if (size > 64) {
        job_id_add_blocks<false>(m, size, block_at);
    } else {
        job_id_add_block<true>(m, job_id_block_masks(job_id_load_short(id, size)), 0);
    }
    // Keep bytes [0, size) only.
    const std::uint64_t keep[2] = {
        size >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << size) - 1,
        size <= 64 ? 0 : size >= 128 ? ~std::uint64_t{0} : (std::uint64_t{1} << (size - 64)) - 1};
    for (std::size_t w = 0; w < 2; ++w) {
        m.bad_ascii[w] = ~(m.bad_ascii[w] | m.non_ascii[w]) & keep[w];
        m.non_ascii[w] &= keep[w];
        m.continuation[w] &= keep[w];
        m.from_e0[w] &= keep[w];
        m.from_f0[w] &= keep[w];
    }
    return m;
}

/// Whether the id's UTF-8 is well-formed in structure, from its masks alone:
/// every lead byte is followed by exactly as many continuation bytes as it
/// announces, inside the id, and no continuation byte is anywhere else. The
/// sequences may still be overlong, surrogates, above U+10FFFF or start with
/// F8..FF: job_id_check_sequences finds those by their code points.
[[nodiscard]] inline bool job_id_well_formed(const JobIdMasks& m) noexcept {
    const std::uint64_t leads[2] = {m.non_ascii[0] & ~m.continuation[0], m.non_ascii[1] & ~m.continuation[1]};
    // Continuation bytes the leads call for: the byte after every lead, the
    // second after E0..FF, the third after F0..FF (128-bit shifts).
    std::uint64_t wanted[2] = {};
    std::uint64_t beyond = 0;  // called for past byte 127 (the id ends there at the latest)
    const auto call_for = [&](const std::uint64_t (&from)[2], unsigned distance) {
        wanted[0] |= from[0] << distance;
        wanted[1] |= (from[1] << distance) | (from[0] >> (64 - distance));
        beyond |= from[1] >> (64 - distance);
    };
    call_for(leads, 1);
    call_for(m.from_e0, 2);
    call_for(m.from_f0, 3);
    return wanted[0] == m.continuation[0] && wanted[1] == m.continuation[1] && beyond == 0;
}

/// The flat BMP bitmap's words for 2-byte sequences, indexed by the lead
/// less C0 (its low 5 bits), with C0 and C1 (overlong: they decode below
/// U+0080) cleared, so a 2-byte lookup needs no separate overlong check.
struct TwoByteWords {
    std::uint64_t words[32] = {};
    constexpr TwoByteWords() noexcept {
        for (unsigned i = 2; i < 32; ++i) words[i] = letter_separator_number_bmp[i];
    }
};
inline constexpr TwoByteWords two_byte_words{};

/// Looks up every sequence of one 64-byte word of an id whose UTF-8
/// structure is sound (job_id_well_formed) and calls note(bit, allowed) for
/// each: whether its lead at `base + bit` starts an allowed scalar. It is
/// not if it is overlong, a surrogate (not in the bitmap), above U+10FFFF or
/// led by F5..FF (beyond the bitmap), or outside L, Z, N. `leads` are the
/// word's lead bytes, `from_e0` and `from_f0` those of 3- and 4-byte (and
/// longer) sequences. Each sequence length has its own loop, so a sequence
/// costs a few shifts and one table load (two for 4-byte sequences) and no
/// branch on the data. Always inlined: as a call (GCC 12's choice), its
/// caller's verdict lives in memory behind `note`, 33 more instructions per
/// mixed-Unicode id.
template <class Note>
STTJ_DETAIL_ALWAYS_INLINE inline void job_id_look_up_sequences(const unsigned char* base, std::uint64_t leads,
                                                               std::uint64_t from_e0, std::uint64_t from_f0,
                                                               Note&& note) noexcept {
    // 2- and 3-byte sequences: their bytes index the flat BMP bitmap
    // directly (word cp / 64, bit cp % 64).
    for (std::uint64_t two = leads & ~from_e0; two != 0; two &= two - 1) {
        const auto bit = static_cast<unsigned>(std::countr_zero(two));
        const unsigned char* p = base + bit;
        note(bit, (two_byte_words.words[p[0] - 0xC0u] >> (p[1] & 0x3Fu)) & 1u);
    }
    for (std::uint64_t three = from_e0 & ~from_f0; three != 0; three &= three - 1) {
        const auto bit = static_cast<unsigned>(std::countr_zero(three));
        const unsigned char* p = base + bit;
        // cp / 64, that is (p[0] & 0x0F) << 6 | (p[1] & 0x3F): adding 0x380
        // takes off p[1]'s 0x80 (the structure is sound) and carries p[0]'s
        // high nibble out of the 10 bits kept.
        const unsigned index = ((static_cast<unsigned>(p[0]) << 6) + p[1] + 0x380u) & 0x3FFu;
        // Below word 32 (U+0800) is overlong; surrogates have no bits.
        // `&`, not `&&`: no branch on the data.
        note(bit, ((letter_separator_number_bmp[index] >> (p[2] & 0x3Fu)) & 1u) & (index >= 32));
    }
    for (std::uint64_t four = from_f0; four != 0; four &= four - 1) {
        const auto bit = static_cast<unsigned>(std::countr_zero(four));
        const unsigned char* p = base + bit;
        // The bytes' sum less the lead's F0 and the 80 of each continuation
        // byte (the structure is sound): the code point. The lead keeps 4
        // bits, not 3, so F8..FF decode above U+10FFFF, like F5..F7.
        const std::uint32_t cp = (static_cast<std::uint32_t>(p[0]) << 18) + (static_cast<std::uint32_t>(p[1]) << 12) +
                                 (static_cast<std::uint32_t>(p[2]) << 6) + p[3] - 0x3C82080u;
        // Below U+10000 is overlong; the bitmap ends below
        // letter_separator_number_block_limit, and nothing above it is allowed.
        const bool in_range = cp - 0x10000u < letter_separator_number_block_limit - 0x10000u;
        note(bit, in_range & is_letter_separator_number_below_limit(cp & (letter_separator_number_block_limit - 1)));
    }
}

/// For an id whose UTF-8 structure is sound (job_id_well_formed): whether
/// every sequence is an allowed scalar (`Position` false), or the first byte
/// at which the scalar definition stops, else `size` (`Position` true). A
/// byte stops it if it is bad ASCII or leads a sequence that is not an
/// allowed scalar (job_id_look_up_sequences).
template <bool Position>
[[nodiscard]] inline auto job_id_check_sequences(const unsigned char* id, std::size_t size,
                                                 const JobIdMasks& m) noexcept {
    std::uint64_t bad[2] = {m.bad_ascii[0], m.bad_ascii[1]};
    bool all_allowed = (bad[0] | bad[1]) == 0;
    const std::size_t words = size > 64 ? 2 : 1;
    for (std::size_t w = 0; w < words; ++w) {
        job_id_look_up_sequences(id + 64 * w, m.non_ascii[w] & ~m.continuation[w], m.from_e0[w], m.from_f0[w],
                                 [&](unsigned bit, bool allowed) {
                                     if constexpr (Position) {
                                         bad[w] |= static_cast<std::uint64_t>(!allowed) << bit;
                                     } else {
                                         all_allowed &= allowed;
                                     }
                                 });
    }
    if constexpr (Position) {
        if (bad[0] != 0) return static_cast<std::size_t>(std::countr_zero(bad[0]));
        if (bad[1] != 0) return 64 + static_cast<std::size_t>(std::countr_zero(bad[1]));
        return size;
    } else {
        return all_allowed;
    }
}

/// Decoding data for a lead byte C0..FF: the sequence length, where its
/// continuation bytes must match 10xxxxxx, and the range of code points a
/// good sequence of that length may decode to: from the smallest one of that
/// length (below is overlong) to the largest one the two-level bitmap
/// covers (above, nothing is allowed, and U+10FFFF is far above). C0, C1 and
/// F5..FF (never valid) get an empty range, so they always count as bad.
/// Surrogates need no check: they are not in the bitmap.
struct LeadByteInfo {
    std::uint32_t continuation_mask;   // in the big-endian 4-byte word at the lead
    std::uint32_t continuation_value;
    std::uint32_t value_mask;          // code point bits
    std::uint32_t smallest;
    std::uint32_t span;                // largest - smallest
    std::uint8_t shift;                // 32 - 8 * length: brings the sequence to the low bytes
    std::uint8_t length;
};
struct LeadByteTable {
    LeadByteInfo info[64] = {};
    constexpr LeadByteTable() noexcept {
        for (unsigned i = 0; i < 64; ++i) {
            const unsigned lead = 0xC0 + i;
            const unsigned length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
            LeadByteInfo& e = info[i];
            e.length = static_cast<std::uint8_t>(length);
            e.shift = static_cast<std::uint8_t>(32 - 8 * length);
            e.continuation_mask = length == 2 ? 0x00C00000u : length == 3 ? 0x00C0C000u : 0x00C0C0C0u;
            e.continuation_value = length == 2 ? 0x00800000u : length == 3 ? 0x00808000u : 0x00808080u;
            e.value_mask = length == 2 ? 0x7FFu : length == 3 ? 0xFFFFu : 0x1FFFFFu;
            e.smallest = length == 2 ? 0x80u : length == 3 ? 0x800u : 0x10000u;
            const std::uint32_t largest = length == 2 ? 0x7FFu : length == 3 ? 0xFFFFu
                                                                            : letter_separator_number_block_limit - 1;
            e.span = largest - e.smallest;
            if (lead < 0xC2 || lead > 0xF4) {
                e.smallest = 0xFFFFFFFFu;  // cp - smallest = cp + 1 > 0 = span
                e.span = 0;
            }
        }
    }
};
inline constexpr LeadByteTable lead_byte_table{};

/// For an id of 1..128 bytes whose UTF-8 structure is not sound (see
/// job_id_well_formed): the first byte at which the scalar definition stops
/// before it has seen all of it, or `size`. `buffer` holds the id and at
/// least 16 zeros after it (each lead is read as 4 bytes). Stopping for
/// "more than 32 scalars" is left to the caller.
[[nodiscard]] inline std::size_t job_id_first_stop_ill_formed(const unsigned char* buffer, std::size_t size,
                                                              const JobIdMasks& m) noexcept {
    const auto first_in = [](std::uint64_t lo, std::uint64_t hi, std::size_t none) -> std::size_t {
        if (lo != 0) return static_cast<std::size_t>(std::countr_zero(lo));
        if (hi != 0) return 64 + static_cast<std::size_t>(std::countr_zero(hi));
        return none;
    };
    // A continuation byte at 0, or right after an ASCII byte, is stray; so is
    // one right after a complete non-ASCII sequence (checked below).
    const std::uint64_t ascii_lo = ~m.non_ascii[0];
    const std::uint64_t ascii_hi = ~m.non_ascii[1];
    const std::uint64_t after_ascii_lo = (ascii_lo << 1) | 1u;
    const std::uint64_t after_ascii_hi = (ascii_hi << 1) | (ascii_lo >> 63);
    std::size_t stop = first_in(m.bad_ascii[0] | (m.continuation[0] & after_ascii_lo),
                                m.bad_ascii[1] | (m.continuation[1] & after_ascii_hi), size);

    // Each non-ASCII lead: decode without branching on the data; a bad one
    // stops the definition at the lead, a good one followed by a continuation
    // byte stops it right after the sequence.
    for (std::size_t w = 0; w < 2; ++w) {
        std::uint64_t leads = m.non_ascii[w] & ~m.continuation[w];
        while (leads != 0) {
            const std::size_t at = 64 * w + static_cast<std::size_t>(std::countr_zero(leads));
            leads &= leads - 1;
            const std::uint32_t word = load_be32(buffer + at);  // the lead in the top byte
            const LeadByteInfo& info = lead_byte_table.info[(word >> 24) - 0xC0];
            const std::uint32_t v = word >> info.shift;
            const std::uint32_t cp = ((v & 0x3Fu) | ((v >> 2) & 0xFC0u) | ((v >> 4) & 0x3F000u) |
                                      ((v >> 6) & 0xFC0000u)) & info.value_mask;
            const bool in_range = cp - info.smallest <= info.span;  // so cp < letter_separator_number_block_limit
            const bool good = (word & info.continuation_mask) == info.continuation_value && in_range &&
                              is_letter_separator_number_below_limit(cp & (letter_separator_number_block_limit - 1));
            const std::size_t next = at + info.length;
            const bool stray_next = (buffer[next] & 0xC0u) == 0x80u && next < size;
            const std::size_t candidate = good ? (stray_next ? next : size) : at;
            stop = candidate < stop ? candidate : stop;
        }
    }
    return stop;
}

/// The number of set bits: the POPCNT instruction in x86-64-v2 builds; in
/// baseline x86-64, which has none, bit arithmetic (GCC's std::popcount is
/// then a library call).
[[nodiscard]] inline std::size_t job_id_popcount(std::uint64_t x) noexcept {
#if defined(STTJ_DETAIL_SSSE3)
    return static_cast<std::size_t>(std::popcount(x));
#else
    x = x - ((x >> 1) & 0x5555555555555555u);
    x = (x & 0x3333333333333333u) + ((x >> 2) & 0x3333333333333333u);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Fu;
    return static_cast<std::size_t>((x * 0x0101010101010101u) >> 56);
#endif
}

/// Position of the 33rd scalar start among `leads`, or `none` if there are 32 or fewer.
inline std::size_t job_id_33rd_lead(const std::uint64_t (&leads)[2], std::size_t none) noexcept {
    const auto low_count = job_id_popcount(leads[0]);
    const std::size_t total = low_count + job_id_popcount(leads[1]);
    if (total <= 32) return none;
    std::uint64_t word = low_count >= 33 ? leads[0] : leads[1];
    std::size_t skip = low_count >= 33 ? 32 : 32 - low_count;
    for (; skip > 0; --skip) word &= word - 1;
    return (low_count >= 33 ? 0 : 64) + static_cast<std::size_t>(std::countr_zero(word));
}

/// is_valid_job_id_fast for an id of 1..64 bytes (nearly every id that is
/// not 16..32 allowed ASCII bytes): the same checks with one word per mask,
/// no loop over blocks and two branches on the length past the first. Bad
/// ASCII is gathered in a vector and tested once; the structure check is a
/// few word operations.
[[nodiscard]] STTJ_DETAIL_NOINLINE inline bool is_valid_job_id_up_to_64(const unsigned char* id,
                                                                       std::size_t size) noexcept {
    std::uint64_t bit7 = 0, bit6 = 0, bit5 = 0, bit4 = 0;  // simd_high_bits of every byte
    simd::Vector ok = simd::splat(-1);  // top bit of each byte: allowed ASCII, or not ASCII
    const auto add = [&](simd::Vector bytes, std::size_t pos) {
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
        job_id_copy_to_buffer(buffer, data, size);
        first = job_id_first_stop_ill_formed(buffer, size, m);
    }
    // Scalar starts: every byte of the id that is not a continuation byte.
    const std::uint64_t keep_lo = size >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << size) - 1;
    const std::uint64_t keep_hi =
        size <= 64 ? 0 : size >= 128 ? ~std::uint64_t{0} : (std::uint64_t{1} << (size - 64)) - 1;
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
