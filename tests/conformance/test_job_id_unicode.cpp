// Exhaustive check of the JobId character set against ICU (the oracle):
// every code point U+0000..U+10FFFF, alone and inside longer ids.
// The header comes first: this proves it is self-contained.
#include <sttj/job_id.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include <catch2/catch.hpp>
#include <unicode/uchar.h>
#include <unicode/uversion.h>

#include "../support/icu_oracle.hpp"

namespace {

using sttj::JobIdError;
using sttj::JobIdReason;
using sttj::detail::Utf8Problem;

using sttj_test::encode;
using sttj_test::icu_allowed;
using sttj_test::icu_letter_separator_number;
using sttj_test::is_surrogate;

std::string describe(const std::optional<JobIdError>& e) {
    if (!e) return "valid";
    char buf[128];
    std::snprintf(buf, sizeof buf, "%s at %zu, code point U+%04X, utf8_problem %d",
                  std::string{sttj::to_string(e->reason)}.c_str(), e->offset, static_cast<unsigned>(e->code_point),
                  static_cast<int>(e->utf8_problem));
    return buf;
}

// Counts disagreements and keeps the first few for the report.
struct Mismatches {
    std::size_t count = 0;
    std::string first;
    void add(const std::string& what, char32_t cp, const std::optional<JobIdError>& got,
             const std::optional<JobIdError>& want) {
        if (++count > 8) return;
        char buf[64];
        std::snprintf(buf, sizeof buf, "U+%04X ", static_cast<unsigned>(cp));
        first += buf + what + ": got " + describe(got) + ", want " + describe(want) + "\n";
    }
};

constexpr char32_t max_code_point = 0x10FFFF;

}  // namespace

TEST_CASE("the library, ICU and the table are all Unicode 15.0", "[unicode]") {
    CHECK(std::string_view{U_UNICODE_VERSION}.substr(0, 4) == "15.0");
    UVersionInfo version;
    u_getUnicodeVersion(version);
    CHECK(version[0] == 15);
    CHECK(version[1] == 0);
    CHECK(sttj::detail::unicode_version == "15.0.0");
}

TEST_CASE("ICU oracle sanity", "[unicode]") {
    // Pins the oracle itself, so that a broken oracle cannot agree with a broken table.
    CHECK(icu_allowed(U'a'));
    CHECK(icu_allowed(U' '));
    CHECK(icu_allowed(U'%'));
    CHECK_FALSE(icu_allowed(U'!'));
    CHECK_FALSE(icu_allowed(U'\n'));
    CHECK(icu_allowed(0x2028));         // LINE SEPARATOR, Zl
    CHECK(icu_allowed(0x3000));         // IDEOGRAPHIC SPACE, Zs
    CHECK(icu_allowed(0x0663));         // ARABIC-INDIC DIGIT THREE, Nd
    CHECK(icu_allowed(0x20000));        // CJK Ext. B first, Lo
    CHECK(icu_allowed(0x31350));        // CJK Ext. H first, new in Unicode 15.0
    CHECK(icu_allowed(0x11F04));        // KAWI LETTER A, new in Unicode 15.0
    CHECK_FALSE(icu_allowed(0x0301));   // COMBINING ACUTE ACCENT, Mn
    CHECK_FALSE(icu_allowed(0x200B));   // ZERO WIDTH SPACE, Cf
    CHECK_FALSE(icu_allowed(0xFFFF));   // noncharacter, Cn
    CHECK_FALSE(icu_allowed(0x1F600));  // emoji, So
    CHECK_FALSE(icu_allowed(0x323B0));  // first unassigned code point after CJK Ext. H
    CHECK(encode(0x10FFFF) == "\xF4\x8F\xBF\xBF");
    CHECK(encode(0x800) == "\xE0\xA0\x80");
    CHECK(encode(0x7FF) == "\xDF\xBF");
}

TEST_CASE("is_letter_separator_number and the ASCII table agree with ICU for every code point",
          "[unicode][exhaustive]") {
    Mismatches m;
    std::size_t in_set = 0;
    for (char32_t cp = 0; cp <= max_code_point; ++cp) {
        const bool want = icu_letter_separator_number(cp);
        in_set += want ? 1 : 0;
        if (sttj::detail::is_letter_separator_number(cp) != want) {
            m.add("is_letter_separator_number", cp, std::nullopt, std::nullopt);
        }
        if (sttj::detail::is_letter_separator_number_two_level(cp) != want) {
            m.add("is_letter_separator_number_two_level", cp, std::nullopt, std::nullopt);
        }
        if (cp < 0x10000 && ((sttj::detail::letter_separator_number_bmp[cp / 64] >> (cp % 64)) & 1u) != want) {
            m.add("letter_separator_number_bmp", cp, std::nullopt, std::nullopt);
        }
        if (!is_surrogate(cp) && sttj::detail::is_job_id_scalar(cp) != icu_allowed(cp)) {
            m.add("is_job_id_scalar", cp, std::nullopt, std::nullopt);
        }
    }
    INFO(m.first);
    REQUIRE(m.count == 0);
    // The sum of the "Total code points" lines for the eleven L*, Z*, N*
    // categories in Unicode 15.0.0's DerivedGeneralCategory.txt.
    CHECK(in_set == 137954);

    // Bytes 0x80..0xFF are never a JobId character on their own.
    for (unsigned byte = 0; byte < 256; ++byte) {
        INFO("byte " << byte);
        CHECK(sttj::detail::ascii_allowed.allowed[byte] == (byte < 0x80 && icu_allowed(byte)));
    }
}

TEST_CASE("every scalar value, alone and in longer ids, is judged as ICU judges it", "[unicode][exhaustive]") {
    // Each context is a prefix and a suffix around the scalar, with the byte
    // offset where the scalar lands. The buffers are reused: no allocation
    // per code point, which keeps the loop fast in unoptimised sanitizer builds.
    struct Context {
        const char* what;
        std::string prefix;
        std::string suffix;
        std::string buffer;
    };
    std::string wide31;  // 31 four-byte scalars (U+20000, Lo): 124 bytes
    for (int i = 0; i < 31; ++i) wide31 += "\xF0\xA0\x80\x80";
    const std::string ascii31 = "abcdefghijklmnopqrstuvwxyz01234";
    Context alone{"alone", "", "", ""};
    Context inside{"\"a\" + cp + \"b\"", "a", "b", ""};
    // The 32nd scalar after 31 ASCII ones: 32 bytes when it is ASCII, the SSE2 fast path's upper bound.
    Context last_ascii{"32nd after 31 ASCII", ascii31, "", ""};
    Context last_wide{"32nd after 31 x U+20000", wide31, "", ""};
    Context too_many{"33rd after 32 ASCII", ascii31 + "5", "", ""};
    // At byte 63: a multi-byte scalar crosses the fast path's 64-bit mask words.
    std::string cjk21;
    for (int i = 0; i < 21; ++i) cjk21 += "\xE4\xB8\x80";  // U+4E00 (Lo)
    Context word_edge{"after 21 x U+4E00 (byte 63)", cjk21, "z", ""};
    const auto fill = [](Context& c, const std::string& utf8) -> std::string_view {
        c.buffer.assign(c.prefix).append(utf8).append(c.suffix);
        return c.buffer;
    };
    const std::optional<JobIdError> too_long = JobIdError{JobIdReason::TooLong, 32, 0};

    Mismatches m;
    std::size_t checked = 0;
    std::size_t allowed = 0;
    std::string utf8;
    for (char32_t cp = 0; cp <= max_code_point; ++cp) {
        if (is_surrogate(cp)) continue;
        ++checked;
        utf8 = encode(cp);
        const bool ok = icu_allowed(cp);
        allowed += ok ? 1 : 0;
        const auto at = [&](std::size_t offset) -> std::optional<JobIdError> {
            if (ok) return std::nullopt;
            return JobIdError{JobIdReason::Character, offset, cp};
        };
        const auto check = [&](Context& c, const std::optional<JobIdError>& want) {
            const auto got = sttj::find_job_id_error(fill(c, utf8));
            if (got != want) m.add(c.what, cp, got, want);
        };

        // The decoder gives back the code point.
        const auto step = sttj::detail::decode_utf8(utf8, 0);
        if (step.problem != Utf8Problem::None || step.code_point != cp || step.length != utf8.size()) {
            m.add("decode_utf8", cp, std::nullopt, std::nullopt);
        }
        if (sttj::is_valid_job_id(utf8) != ok) m.add("is_valid_job_id", cp, sttj::find_job_id_error(utf8), at(0));

        check(alone, at(0));
        check(inside, at(1));
        check(last_ascii, at(31));
        check(last_wide, at(124));
        check(word_edge, at(63));
        // As a 33rd scalar it is one too many, whatever it is.
        check(too_many, too_long);
    }
    INFO(m.first);
    REQUIRE(m.count == 0);
    CHECK(checked == 0x110000 - 0x800);
    CHECK(allowed == 137954 + 9);  // L*, Z*, N* and `_ . : / = + - % @`
}

TEST_CASE("surrogates encoded as 3-byte sequences are Encoding errors", "[unicode][exhaustive]") {
    Mismatches m;
    for (char32_t cp = 0xD800; cp <= 0xDFFF; ++cp) {
        const std::string utf8 = encode(cp);  // ED A0..BF 80..BF
        const std::optional<JobIdError> at0 = JobIdError{JobIdReason::Encoding, 0, 0xED, Utf8Problem::Surrogate};
        const std::optional<JobIdError> at1 = JobIdError{JobIdReason::Encoding, 1, 0xED, Utf8Problem::Surrogate};
        auto got = sttj::find_job_id_error(utf8);
        if (got != at0) m.add("alone", cp, got, at0);
        got = sttj::find_job_id_error("a" + utf8 + "b");
        if (got != at1) m.add("\"a\" + surrogate + \"b\"", cp, got, at1);
        const auto step = sttj::detail::decode_utf8(utf8, 0);
        if (step.problem != Utf8Problem::Surrogate || step.length != 0) {
            m.add("decode_utf8", cp, std::nullopt, std::nullopt);
        }
    }
    INFO(m.first);
    REQUIRE(m.count == 0);
}
