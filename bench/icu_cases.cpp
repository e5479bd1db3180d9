// ICU 72 (Unicode 15.0, like sttj):
//  - icu_regex: the same pattern with RegexMatcher::matches() over a UTF-8
//    UText (ill-formed UTF-8 reads as U+FFFD, which the class rejects);
//  - icu_loop: the hand loop, U8_NEXT + u_charType (general-category mask).
#include <unicode/regex.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

#include "common.hpp"

namespace bench {
namespace {

struct IcuRegexValidator {
    std::shared_ptr<icu::RegexMatcher> matcher;

    IcuRegexValidator() {
        UErrorCode status = U_ZERO_ERROR;
        matcher = std::make_shared<icu::RegexMatcher>(
            icu::UnicodeString::fromUTF8(R"([\p{L}\p{Z}\p{N}_.:/=+\-%@]{1,32})"), 0, status);
        if (U_FAILURE(status)) {
            std::fprintf(stderr, "sttj_bench: ICU regex: %s\n", u_errorName(status));
            std::abort();
        }
    }
    bool operator()(std::string_view id) const noexcept {
        UErrorCode status = U_ZERO_ERROR;
        UText text = UTEXT_INITIALIZER;
        utext_openUTF8(&text, id.data(), static_cast<int64_t>(id.size()), &status);
        matcher->reset(&text);
        const bool matched = matcher->matches(status);
        utext_close(&text);
        return U_SUCCESS(status) && matched;
    }
};

bool icu_loop(std::string_view id) noexcept {
    const auto* s = reinterpret_cast<const uint8_t*>(id.data());
    const auto length = static_cast<int32_t>(id.size());
    constexpr uint32_t allowed = U_GC_L_MASK | U_GC_Z_MASK | U_GC_N_MASK;
    int32_t i = 0;
    int scalars = 0;
    while (i < length) {
        UChar32 c = 0;
        U8_NEXT(s, i, length, c);
        if (c < 0 || ++scalars > 32) return false;
        if ((U_GET_GC_MASK(c) & allowed) == 0) {
            switch (c) {
                case '_':
                case '.':
                case ':':
                case '/':
                case '=':
                case '+':
                case '-':
                case '%':
                case '@': break;
                default: return false;
            }
        }
    }
    return scalars > 0;
}

Register icu_cases{[] {
    add_validators("icu_regex", IcuRegexValidator{});
    add_validators("icu_loop", [](std::string_view id) { return icu_loop(id); });
}};

}  // namespace
}  // namespace bench
