#ifndef STTJ_UTF8_PROBLEM_HPP
#define STTJ_UTF8_PROBLEM_HPP

#include <cstdint>
#include <string_view>

#include "detail/isa.hpp"

namespace sttj {

/// Why a byte sequence is not well-formed UTF-8 (Unicode 15.0, table 3-7).
enum class Utf8Problem : std::uint8_t {
    None,
    InvalidByte,        ///< C0, C1 or F5..FF: never valid anywhere
    StrayContinuation,  ///< 80..BF where a sequence should start
    Truncated,          ///< the input ends inside a sequence
    BadContinuation,    ///< a sequence is cut short by a byte that is not 80..BF
    Overlong,           ///< E0 80..9F or F0 80..8F: a shorter form exists
    Surrogate,          ///< ED A0..BF: U+D800..U+DFFF
    TooLarge,           ///< F4 90..BF: above U+10FFFF
};

inline namespace STTJ_DETAIL_ISA {  // detail/isa.hpp

/// A short description of a Utf8Problem, for messages: "truncated UTF-8 sequence".
[[nodiscard]] constexpr std::string_view to_string(Utf8Problem problem) noexcept {
    switch (problem) {
        case Utf8Problem::None: return "well-formed";
        case Utf8Problem::InvalidByte: return "byte never valid in UTF-8";
        case Utf8Problem::StrayContinuation: return "UTF-8 continuation byte without a lead byte";
        case Utf8Problem::Truncated: return "truncated UTF-8 sequence";
        case Utf8Problem::BadContinuation: return "UTF-8 sequence cut short";
        case Utf8Problem::Overlong: return "overlong UTF-8 sequence";
        case Utf8Problem::Surrogate: return "UTF-8 encoded surrogate";
        case Utf8Problem::TooLarge: return "UTF-8 sequence above U+10FFFF";
    }
    return "unknown";
}

}  // inline namespace STTJ_DETAIL_ISA

}  // namespace sttj

#endif  // STTJ_UTF8_PROBLEM_HPP
