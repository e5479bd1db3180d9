#ifndef STTJ_DETAIL_JOB_ID_CHARS_HPP
#define STTJ_DETAIL_JOB_ID_CHARS_HPP

#include <cstdint>
#include <string_view>
#include <type_traits>

#include "isa.hpp"
#include "unicode_table.hpp"

namespace sttj::detail::inline STTJ_DETAIL_ISA {

/// The ASCII characters the JobId pattern allows besides letters, digits and
/// the space (category Zs): `_ . : / = + - % @`.
inline constexpr std::string_view job_id_ascii_punctuation = "_.:/=+-%@";

/// Whether a code point is in general category L*, Z* or N* (Unicode 15.0),
/// by binary search over the generated range table.
[[nodiscard]] constexpr bool is_letter_separator_number(char32_t code_point) noexcept {
    const auto first_of = [](std::uint32_t entry) -> char32_t { return entry & 0x1FFFFFu; };
    const auto last_of = [](std::uint32_t entry) -> char32_t { return (entry & 0x1FFFFFu) + (entry >> 21); };
    std::size_t low = 0;
    std::size_t high = letter_separator_number_table_size;
    // Find the last entry whose first code point is <= code_point.
    while (low < high) {
        const std::size_t mid = low + (high - low) / 2;
        if (first_of(letter_separator_number_table[mid]) <= code_point) {
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    return low > 0 && code_point <= last_of(letter_separator_number_table[low - 1]);
}

/// The two-level bitmap lookup for a code point below
/// letter_separator_number_block_limit (a power of two).
[[nodiscard]] constexpr bool is_letter_separator_number_below_limit(char32_t code_point) noexcept {
    const std::uint32_t block = letter_separator_number_block_index[code_point >> 8];
    const std::uint32_t word = letter_separator_number_blocks[8 * block + ((code_point >> 5) & 7u)];
    return ((word >> (code_point & 31u)) & 1u) != 0;
}

/// The same answer from the generated two-level bitmap: two loads, no
/// branches to mispredict. Used at run time; the binary search above stays
/// the definition (and what constant evaluation uses), and the tests check
/// both against ICU for every code point.
[[nodiscard]] constexpr bool is_letter_separator_number_two_level(char32_t code_point) noexcept {
    return is_letter_separator_number_below_limit(code_point & (letter_separator_number_block_limit - 1)) &&
           code_point < letter_separator_number_block_limit;
}

/// A 256-entry table of the bytes that are, on their own, an allowed JobId
/// character: ASCII letters, digits, space and the punctuation above. Built
/// in every TU that includes sttj, so cheaply: from the two-level bitmap
/// (constant-evaluated binary searches cost the compiler far more; the
/// tests check both lookups against ICU), then one pass over the
/// punctuation (not a string_view::find per byte, also costly).
struct AsciiAllowedTable {
    bool allowed[256] = {};
    constexpr AsciiAllowedTable() noexcept {
        for (unsigned c = 0; c < 128; ++c) allowed[c] = is_letter_separator_number_below_limit(c);
        for (const char c : job_id_ascii_punctuation) allowed[static_cast<unsigned char>(c)] = true;
    }
};
inline constexpr AsciiAllowedTable ascii_allowed{};

/// Whether a Unicode scalar value may appear in a JobId: the ASCII table,
/// then the binary search in constant evaluation and the two-level bitmap at
/// run time (the tests check both against ICU for every code point).
[[nodiscard]] constexpr bool is_job_id_scalar(char32_t code_point) noexcept {
    if (code_point < 128) return ascii_allowed.allowed[code_point];
    if (!std::is_constant_evaluated()) return is_letter_separator_number_two_level(code_point);
    return is_letter_separator_number(code_point);
}

}  // namespace sttj::detail::inline STTJ_DETAIL_ISA

#endif  // STTJ_DETAIL_JOB_ID_CHARS_HPP
