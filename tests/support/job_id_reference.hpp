// The JobId rules written as plainly as possible, for the tests to compare
// sttj with: a naive UTF-8 decoder from the bit patterns and ICU's general
// categories (icu_oracle.hpp). Test code only; needs ICU (icu-uc).
#ifndef STTJ_TESTS_JOB_ID_REFERENCE_HPP
#define STTJ_TESTS_JOB_ID_REFERENCE_HPP

#include <sttj/job_id.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "icu_oracle.hpp"

namespace sttj_test {

struct RefStep {
    char32_t code_point;
    std::size_t length;
    sttj::detail::Utf8Problem problem;
};

/// A naive UTF-8 decoder from the bit patterns: the lead byte's high bits
/// give the length, each continuation byte must be 10xxxxxx, and after each
/// byte the range of code points still reachable is checked against the
/// limits of Unicode table 3-7 (not overlong, not a surrogate, <= U+10FFFF).
inline RefStep ref_decode(std::string_view s, std::size_t pos) {
    using sttj::detail::Utf8Problem;
    const unsigned lead = static_cast<unsigned char>(s[pos]);
    std::size_t length = 0;
    std::uint32_t cp = 0;
    std::uint32_t min = 0;
    if ((lead & 0x80) == 0x00) return {lead, 1, Utf8Problem::None};
    if ((lead & 0xC0) == 0x80) return {0, 0, Utf8Problem::StrayContinuation};
    if ((lead & 0xE0) == 0xC0) {
        length = 2, cp = lead & 0x1F, min = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3, cp = lead & 0x0F, min = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4, cp = lead & 0x07, min = 0x10000;
    } else {
        return {0, 0, Utf8Problem::InvalidByte};  // 11111xxx
    }
    const auto span = [](std::size_t bytes_left) { return (std::uint32_t{1} << (6 * bytes_left)) - 1; };
    // A lead byte whose every sequence is overlong or above U+10FFFF is never valid.
    if (((cp << (6 * (length - 1))) | span(length - 1)) < min) return {0, 0, Utf8Problem::InvalidByte};
    if ((cp << (6 * (length - 1))) > 0x10FFFF) return {0, 0, Utf8Problem::InvalidByte};
    for (std::size_t i = 1; i < length; ++i) {
        if (pos + i >= s.size()) return {0, 0, Utf8Problem::Truncated};
        const unsigned next = static_cast<unsigned char>(s[pos + i]);
        if ((next & 0xC0) != 0x80) return {0, 0, Utf8Problem::BadContinuation};
        cp = (cp << 6) | (next & 0x3F);
        const std::size_t left = length - 1 - i;
        const std::uint32_t lowest = cp << (6 * left);
        const std::uint32_t highest = lowest | span(left);
        if (highest < min) return {0, 0, Utf8Problem::Overlong};
        if (lowest > 0x10FFFF) return {0, 0, Utf8Problem::TooLarge};
        if (lowest >= 0xD800 && highest <= 0xDFFF) return {0, 0, Utf8Problem::Surrogate};
    }
    return {cp, length, Utf8Problem::None};
}

/// The first problem of a would-be JobId, by the rules above.
inline std::optional<sttj::JobIdError> reference(std::string_view s) {
    using sttj::JobIdError;
    using sttj::JobIdReason;
    if (s.empty()) return JobIdError{JobIdReason::Empty, 0, 0};
    std::size_t scalars = 0;
    std::size_t pos = 0;
    while (pos < s.size()) {
        const RefStep step = ref_decode(s, pos);
        if (step.problem != sttj::detail::Utf8Problem::None) {
            return JobIdError{JobIdReason::Encoding, pos, static_cast<unsigned char>(s[pos]), step.problem};
        }
        scalars += 1;
        if (scalars == 33) return JobIdError{JobIdReason::TooLong, pos, 0};
        if (!icu_allowed(step.code_point)) return JobIdError{JobIdReason::Character, pos, step.code_point};
        pos += step.length;
    }
    return std::nullopt;
}

/// The offset of the first ill-formed UTF-8 sequence in `s`, if any.
inline std::optional<std::size_t> first_ill_formed(std::string_view s) {
    for (std::size_t pos = 0; pos < s.size();) {
        const RefStep step = ref_decode(s, pos);
        if (step.problem != sttj::detail::Utf8Problem::None) return pos;
        pos += step.length;
    }
    return std::nullopt;
}

}  // namespace sttj_test

#endif  // STTJ_TESTS_JOB_ID_REFERENCE_HPP
