#ifndef STTJ_DETAIL_UTF8_HPP
#define STTJ_DETAIL_UTF8_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../utf8_problem.hpp"
#include "isa.hpp"

namespace sttj::detail {

using sttj::Utf8Problem;

/// One decoded scalar value, or the problem at the start of the sequence.
struct Utf8Step {
    char32_t code_point;
    std::uint8_t length;  ///< bytes consumed; 0 when problem != None
    Utf8Problem problem;
};

}  // namespace sttj::detail

namespace sttj::detail::inline STTJ_DETAIL_ISA {

/// Decodes the scalar starting at `text[pos]` (pos < text.size()).
[[nodiscard]] constexpr Utf8Step decode_utf8(std::string_view text, std::size_t pos) noexcept {
    const auto byte = [&](std::size_t i) { return static_cast<std::uint8_t>(text[i]); };
    const std::uint8_t lead = byte(pos);
    if (lead < 0x80) return {lead, 1, Utf8Problem::None};
    if (lead < 0xC0) return {0, 0, Utf8Problem::StrayContinuation};
    if (lead < 0xC2 || lead > 0xF4) return {0, 0, Utf8Problem::InvalidByte};

    const std::uint8_t length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    // The second byte's range narrows for E0, ED, F0 and F4 (table 3-7).
    std::uint8_t low = 0x80;
    std::uint8_t high = 0xBF;
    Utf8Problem narrowed = Utf8Problem::None;
    switch (lead) {
        case 0xE0:
            low = 0xA0;
            narrowed = Utf8Problem::Overlong;
            break;
        case 0xED:
            high = 0x9F;
            narrowed = Utf8Problem::Surrogate;
            break;
        case 0xF0:
            low = 0x90;
            narrowed = Utf8Problem::Overlong;
            break;
        case 0xF4:
            high = 0x8F;
            narrowed = Utf8Problem::TooLarge;
            break;
        default: break;
    }

    char32_t code_point = lead & (0x7F >> length);
    for (std::size_t i = 1; i < length; ++i) {
        if (pos + i >= text.size()) return {0, 0, Utf8Problem::Truncated};
        const std::uint8_t next = byte(pos + i);
        if (next < 0x80 || next > 0xBF) return {0, 0, Utf8Problem::BadContinuation};
        if (i == 1 && (next < low || next > high)) return {0, 0, narrowed};
        code_point = (code_point << 6) | (next & 0x3Fu);
    }
    return {code_point, length, Utf8Problem::None};
}

/// Whether `text` is well-formed UTF-8 throughout.
[[nodiscard]] constexpr bool is_well_formed_utf8(std::string_view text) noexcept {
    for (std::size_t pos = 0; pos < text.size();) {
        const Utf8Step step = decode_utf8(text, pos);
        if (step.problem != Utf8Problem::None) return false;
        pos += step.length;
    }
    return true;
}

}  // namespace sttj::detail::inline STTJ_DETAIL_ISA

#endif  // STTJ_DETAIL_UTF8_HPP
