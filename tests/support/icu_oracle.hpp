// The oracle the JobId tests and the job_id fuzzer compare sttj with: ICU's
// general categories (ICU 72 = Unicode 15.0) and a UTF-8 encoder written from
// the bit layout. Test code only; needs ICU (icu-uc).
#ifndef STTJ_TESTS_ICU_ORACLE_HPP
#define STTJ_TESTS_ICU_ORACLE_HPP

#include <string>
#include <string_view>

#include <unicode/uchar.h>

namespace sttj_test {

inline bool is_surrogate(char32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

/// UTF-8 of a code point, surrogates included (so tests can build their
/// ill-formed 3-byte encodings).
inline std::string encode(char32_t cp) {
    std::string out;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
    return out;
}

/// ICU's verdict: general category L*, Z* or N*.
inline bool icu_letter_separator_number(char32_t cp) {
    switch (u_charType(static_cast<UChar32>(cp))) {
        case U_UPPERCASE_LETTER:
        case U_LOWERCASE_LETTER:
        case U_TITLECASE_LETTER:
        case U_MODIFIER_LETTER:
        case U_OTHER_LETTER:
        case U_SPACE_SEPARATOR:
        case U_LINE_SEPARATOR:
        case U_PARAGRAPH_SEPARATOR:
        case U_DECIMAL_DIGIT_NUMBER:
        case U_LETTER_NUMBER:
        case U_OTHER_NUMBER: return true;
        default: return false;
    }
}

/// ICU's verdict on a JobId character: L*, Z*, N* or one of `_ . : / = + - % @`.
inline bool icu_allowed(char32_t cp) {
    constexpr std::string_view punctuation = "_.:/=+-%@";
    return icu_letter_separator_number(cp) ||
           (cp < 0x80 && punctuation.find(static_cast<char>(cp)) != std::string_view::npos);
}

}  // namespace sttj_test

#endif  // STTJ_TESTS_ICU_ORACLE_HPP
