#ifndef STTJ_DETAIL_JOB_ID_MASKS_HPP
#define STTJ_DETAIL_JOB_ID_MASKS_HPP

// The JobId fast path's UTF-8 work (job_id_fast_path.hpp): per-byte masks
// of an id (non-ASCII, continuation, 3- and 4-byte leads, bad ASCII), the
// structure check they allow, the branch-free lookup of each sequence in the
// bitmaps, and the full decode of ids whose structure is broken.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "attributes.hpp"
#include "bytes.hpp"
#include "isa.hpp"
#include "job_id_ascii.hpp"
#include "job_id_chars.hpp"
#include "simd.hpp"
#include "utf8.hpp"

#if defined(STTJ_DETAIL_SSE2)
namespace sttj::detail::inline STTJ_DETAIL_ISA {

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
    const auto place = [pos](std::uint64_t(&words)[2], std::uint64_t bits) {
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

STTJ_DETAIL_ALWAYS_INLINE inline JobIdBlockMasks job_id_block_masks(simd::Vector bytes) noexcept {
    const ByteHighBits b = simd_high_bits(bytes);
    const LeadMasks<std::uint32_t> m = lead_masks(b.bit7, b.bit6, b.bit5, b.bit4);
    return {b.bit7, m.continuation, static_cast<std::uint32_t>(simd::top_bits(simd_allowed_ascii(bytes))), m.from_e0,
            m.from_f0};
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
    const std::uint64_t keep[2] = {size >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << size) - 1,
                                   size <= 64    ? 0
                                   : size >= 128 ? ~std::uint64_t{0}
                                                 : (std::uint64_t{1} << (size - 64)) - 1};
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
    const auto call_for = [&](const std::uint64_t(&from)[2], unsigned distance) {
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

/// The flat BMP bitmap for 3-byte sequences, with its first 32 words
/// (U+0000 to U+07FF, overlong in 3 bytes) cleared, so a 3-byte lookup
/// needs no separate overlong check either.
struct ThreeByteWords {
    std::uint64_t words[1024] = {};
    constexpr ThreeByteWords() noexcept {
        for (unsigned i = 32; i < 1024; ++i) words[i] = letter_separator_number_bmp[i];
    }
};
inline constexpr ThreeByteWords three_byte_words{};

/// Looks up every sequence of one 64-byte word of an id whose UTF-8
/// structure is sound (job_id_well_formed) and calls note(bit, allowed) for
/// each: whether its lead at `base + bit` starts an allowed scalar. It is
/// not if it is overlong, a surrogate (not in the bitmap), above U+10FFFF or
/// led by F5..FF (beyond the bitmap), or outside L, Z, N. `leads` are the
/// word's lead bytes, `from_e0` and `from_f0` those of 3- and 4-byte (and
/// longer) sequences. Each sequence length has its own loop, so a sequence
/// costs a few shifts and one table load (two for 4-byte sequences) and no
/// branch on the data. Always inlined: as a call (GCC 12's choice), its
/// caller's verdict lives in memory behind `note`, which costs each
/// mixed-Unicode id more.
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
        // Surrogates have no bits.
        note(bit, (three_byte_words.words[index] >> (p[2] & 0x3Fu)) & 1u);
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
    std::uint32_t continuation_mask;  // in the big-endian 4-byte word at the lead
    std::uint32_t continuation_value;
    std::uint32_t value_mask;  // code point bits
    std::uint32_t smallest;
    std::uint32_t span;  // largest - smallest
    std::uint8_t shift;  // 32 - 8 * length: brings the sequence to the low bytes
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
            const std::uint32_t largest = length == 2   ? 0x7FFu
                                          : length == 3 ? 0xFFFFu
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
            const std::uint32_t cp =
                ((v & 0x3Fu) | ((v >> 2) & 0xFC0u) | ((v >> 4) & 0x3F000u) | ((v >> 6) & 0xFC0000u)) & info.value_mask;
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

}  // namespace sttj::detail::inline STTJ_DETAIL_ISA
#endif  // STTJ_DETAIL_SSE2

#endif  // STTJ_DETAIL_JOB_ID_MASKS_HPP
