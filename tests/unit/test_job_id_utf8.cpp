// Tests for the UTF-8 side of JobId validation: every class of ill-formed
// UTF-8 at the start, middle and end of an id, the well-formed boundary
// sequences, lengths, and which problem wins when there are several.
// The header comes first: this proves it is self-contained.
#include <sttj/job_id.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>

#include "../support/job_id_error_printing.hpp"

using sttj::JobIdError;
using sttj::JobIdReason;
using sttj::Utf8Problem;

namespace {

std::optional<JobIdError> encoding(std::size_t offset, unsigned byte, Utf8Problem problem) {
    return JobIdError{JobIdReason::Encoding, offset, static_cast<char32_t>(byte), problem};
}
std::optional<JobIdError> character(std::size_t offset, char32_t cp) {
    return JobIdError{JobIdReason::Character, offset, cp};
}
std::optional<JobIdError> too_long(std::size_t offset) { return JobIdError{JobIdReason::TooLong, offset, 0}; }

std::string repeat(std::string_view s, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

// One ill-formed byte sequence. `offset` is where, inside `bytes`, the
// ill-formed sequence starts and `byte` is the byte there. A sequence that
// ends early is Truncated at the end of the input but BadContinuation when
// valid text follows it, hence two expected problems.
struct Malformed {
    const char* what;
    std::string_view bytes;
    std::size_t offset;
    unsigned byte;
    Utf8Problem followed;  // when a valid character follows
    Utf8Problem at_end;    // when the input ends after `bytes`
};

using P = Utf8Problem;
const std::vector<Malformed>& malformed_cases() {
    static const std::vector<Malformed> cases = [] {
        std::vector<Malformed> v = {
            {"overlong 2-byte C0 80", "\xC0\x80", 0, 0xC0, P::InvalidByte, P::InvalidByte},
            {"overlong 2-byte C1 BF", "\xC1\xBF", 0, 0xC1, P::InvalidByte, P::InvalidByte},
            {"overlong 3-byte E0 80 80", "\xE0\x80\x80", 0, 0xE0, P::Overlong, P::Overlong},
            {"overlong 3-byte E0 9F BF", "\xE0\x9F\xBF", 0, 0xE0, P::Overlong, P::Overlong},
            {"overlong 4-byte F0 80 80 80", "\xF0\x80\x80\x80", 0, 0xF0, P::Overlong, P::Overlong},
            {"overlong 4-byte F0 8F BF BF", "\xF0\x8F\xBF\xBF", 0, 0xF0, P::Overlong, P::Overlong},
            {"surrogate ED A0 80 (U+D800)", "\xED\xA0\x80", 0, 0xED, P::Surrogate, P::Surrogate},
            {"surrogate ED BF BF (U+DFFF)", "\xED\xBF\xBF", 0, 0xED, P::Surrogate, P::Surrogate},
            {"above U+10FFFF F4 90 80 80", "\xF4\x90\x80\x80", 0, 0xF4, P::TooLarge, P::TooLarge},
            {"above U+10FFFF F4 BF BF BF", "\xF4\xBF\xBF\xBF", 0, 0xF4, P::TooLarge, P::TooLarge},
            {"above U+10FFFF F5 80 80 80", "\xF5\x80\x80\x80", 0, 0xF5, P::InvalidByte, P::InvalidByte},
            {"above U+10FFFF F7 BF BF BF", "\xF7\xBF\xBF\xBF", 0, 0xF7, P::InvalidByte, P::InvalidByte},
            {"old 5-byte form F8 88 80 80 80", "\xF8\x88\x80\x80\x80", 0, 0xF8, P::InvalidByte, P::InvalidByte},
            {"old 6-byte form FC 84 80 80 80 80", "\xFC\x84\x80\x80\x80\x80", 0, 0xFC, P::InvalidByte, P::InvalidByte},
            // A bad second byte is reported even when nothing follows it.
            {"overlong prefix E0 80 at the end", "\xE0\x80", 0, 0xE0, P::Overlong, P::Overlong},
            {"overlong prefix F0 8F at the end", "\xF0\x8F", 0, 0xF0, P::Overlong, P::Overlong},
            {"surrogate prefix ED A0 at the end", "\xED\xA0", 0, 0xED, P::Surrogate, P::Surrogate},
            {"too-large prefix F4 90 at the end", "\xF4\x90", 0, 0xF4, P::TooLarge, P::TooLarge},
            // Truncated sequences.
            {"truncated 2-byte C3", "\xC3", 0, 0xC3, P::BadContinuation, P::Truncated},
            {"truncated 2-byte DF", "\xDF", 0, 0xDF, P::BadContinuation, P::Truncated},
            {"truncated 3-byte E2", "\xE2", 0, 0xE2, P::BadContinuation, P::Truncated},
            {"truncated 3-byte E2 82", "\xE2\x82", 0, 0xE2, P::BadContinuation, P::Truncated},
            {"truncated 3-byte E0 A0", "\xE0\xA0", 0, 0xE0, P::BadContinuation, P::Truncated},
            {"truncated 3-byte ED 9F", "\xED\x9F", 0, 0xED, P::BadContinuation, P::Truncated},
            {"truncated 3-byte EF BF", "\xEF\xBF", 0, 0xEF, P::BadContinuation, P::Truncated},
            {"truncated 4-byte F0", "\xF0", 0, 0xF0, P::BadContinuation, P::Truncated},
            {"truncated 4-byte F0 9F", "\xF0\x9F", 0, 0xF0, P::BadContinuation, P::Truncated},
            {"truncated 4-byte F0 9F 98", "\xF0\x9F\x98", 0, 0xF0, P::BadContinuation, P::Truncated},
            {"truncated 4-byte F1 80 80", "\xF1\x80\x80", 0, 0xF1, P::BadContinuation, P::Truncated},
            {"truncated 4-byte F4 8F BF", "\xF4\x8F\xBF", 0, 0xF4, P::BadContinuation, P::Truncated},
            // Sequences cut by a byte that is not a continuation byte. (clang-format would put each
            // piece of a split literal, "\xC3" "A", on a line of its own.)
            // clang-format off
            {"2-byte cut by ASCII C3 41", "\xC3" "A", 0, 0xC3, P::BadContinuation, P::BadContinuation},
            {"3-byte cut by ASCII E2 41 82", "\xE2" "A\x82", 0, 0xE2, P::BadContinuation, P::BadContinuation},
            {"3-byte cut by ASCII E2 82 41", "\xE2\x82" "A", 0, 0xE2, P::BadContinuation, P::BadContinuation},
            {"E0 cut by ASCII before its range check", "\xE0" "A", 0, 0xE0, P::BadContinuation,
             P::BadContinuation},
            {"4-byte cut by ASCII F0 9F 98 41", "\xF0\x9F\x98" "A", 0, 0xF0, P::BadContinuation,
             P::BadContinuation},
            // clang-format on
            {"3-byte cut by a lead byte E2 C3 A9", "\xE2\xC3\xA9", 0, 0xE2, P::BadContinuation, P::BadContinuation},
            {"2-byte cut by C0 (just above the continuation range)", "\xC3\xC0", 0, 0xC3, P::BadContinuation,
             P::BadContinuation},
            {"3-byte cut by FF E2 82 FF", "\xE2\x82\xFF", 0, 0xE2, P::BadContinuation, P::BadContinuation},
            {"4-byte cut by 7F F0 9F 98 7F", "\xF0\x9F\x98\x7F", 0, 0xF0, P::BadContinuation, P::BadContinuation},
            {"4-byte cut by a NUL F0 9F 00", std::string_view{"\xF0\x9F\x00", 3}, 0, 0xF0, P::BadContinuation,
             P::BadContinuation},
            // Stray continuation bytes.
            {"stray 80", "\x80", 0, 0x80, P::StrayContinuation, P::StrayContinuation},
            {"stray BF", "\xBF", 0, 0xBF, P::StrayContinuation, P::StrayContinuation},
            {"stray 80 80", "\x80\x80", 0, 0x80, P::StrayContinuation, P::StrayContinuation},
            {"one continuation too many after e-acute", "\xC3\xA9\xA9", 2, 0xA9, P::StrayContinuation,
             P::StrayContinuation},
            {"one continuation too many after U+6771", "\xE6\x9D\xB1\x80", 3, 0x80, P::StrayContinuation,
             P::StrayContinuation},
            {"one continuation too many after U+20000", "\xF0\xA0\x80\x80\xBF", 4, 0xBF, P::StrayContinuation,
             P::StrayContinuation},
        };
        // Bytes that are never valid, alone.
        static const char lone[] = "\xC0\xC1\xF5\xF6\xF7\xF8\xF9\xFA\xFB\xFC\xFD\xFE\xFF";
        for (std::size_t i = 0; i + 1 < sizeof lone; ++i) {
            v.push_back({"byte never valid, alone", std::string_view{lone + i, 1}, 0,
                         static_cast<unsigned char>(lone[i]), P::InvalidByte, P::InvalidByte});
        }
        return v;
    }();
    return cases;
}

}  // namespace

TEST_CASE("ill-formed UTF-8 at the start, middle and end of an id", "[utf8]") {
    for (const Malformed& c : malformed_cases()) {
        INFO("case: " << c.what);
        const std::string bytes{c.bytes};
        const std::size_t at = c.offset;

        CHECK(sttj::find_job_id_error(bytes) == encoding(at, c.byte, c.at_end));
        CHECK(sttj::find_job_id_error(bytes + "abc") == encoding(at, c.byte, c.followed));
        CHECK(sttj::find_job_id_error("abc" + bytes + "def") == encoding(3 + at, c.byte, c.followed));
        CHECK(sttj::find_job_id_error("abc" + bytes) == encoding(3 + at, c.byte, c.at_end));
        // Non-ASCII neighbours: U+00E9 (2 bytes) U+6771 (3 bytes) before, U+20000 (4 bytes) after.
        CHECK(sttj::find_job_id_error("\xC3\xA9\xE6\x9D\xB1" + bytes + "\xF0\xA0\x80\x80x") ==
              encoding(5 + at, c.byte, c.followed));
        CHECK(sttj::find_job_id_error("\xF0\xA0\x80\x80" + bytes) == encoding(4 + at, c.byte, c.at_end));
        // Every path agrees, and no prefix of the id is accepted past the bad byte.
        CHECK_FALSE(sttj::is_valid_job_id("abc" + bytes + "def"));
        CHECK(sttj::find_job_id_error("abc" + bytes + "def") ==
              sttj::detail::find_job_id_error_scalar("abc" + bytes + "def"));
        const auto made = sttj::JobId::make("abc" + bytes + "def");
        REQUIRE_FALSE(made.has_value());
        CHECK(made.error() == *encoding(3 + at, c.byte, c.followed));
        // The decoder itself reports the problem at the sequence, consuming nothing.
        const auto step = sttj::detail::decode_utf8(bytes, at);
        CHECK(step.problem == c.at_end);
        CHECK(step.length == 0);
    }
}

TEST_CASE("well-formed boundary sequences decode exactly", "[utf8]") {
    struct Boundary {
        std::string_view bytes;
        char32_t code_point;
        std::optional<JobIdError> verdict;  // judged as a JobId on its own
    };
    const Boundary cases[] = {
        {"\x7F", 0x7F, character(0, 0x7F)},                      // DEL, Cc
        {"\xC2\x80", 0x80, character(0, 0x80)},                  // first 2-byte, Cc
        {"\xC3\xA9", 0xE9, std::nullopt},                        // e-acute, Ll
        {"\xDF\xBF", 0x7FF, character(0, 0x7FF)},                // last 2-byte, NKO TAMAN SIGN, Sc
        {"\xE0\xA0\x80", 0x800, std::nullopt},                   // first 3-byte, SAMARITAN LETTER ALAF, Lo
        {"\xED\x9F\xBF", 0xD7FF, character(0, 0xD7FF)},          // last before the surrogates, Cn
        {"\xEE\x80\x80", 0xE000, character(0, 0xE000)},          // first after the surrogates, Co
        {"\xEF\xBF\xBF", 0xFFFF, character(0, 0xFFFF)},          // last 3-byte, noncharacter: Character, not Encoding
        {"\xF0\x90\x80\x80", 0x10000, std::nullopt},             // first 4-byte, LINEAR B SYLLABLE B008 A, Lo
        {"\xF0\xA0\x80\x80", 0x20000, std::nullopt},             // CJK Ext. B, Lo
        {"\xF4\x8F\xBF\xBF", 0x10FFFF, character(0, 0x10FFFF)},  // last scalar, noncharacter
    };
    for (const Boundary& c : cases) {
        INFO("code point " << static_cast<unsigned>(c.code_point));
        const auto step = sttj::detail::decode_utf8(c.bytes, 0);
        CHECK(step.problem == Utf8Problem::None);
        CHECK(step.code_point == c.code_point);
        CHECK(step.length == c.bytes.size());
        CHECK(sttj::find_job_id_error(c.bytes) == c.verdict);
        // Inside an id, at an offset that is not 0.
        const std::string inside = "ab" + std::string{c.bytes} + "c";
        const auto step2 = sttj::detail::decode_utf8(inside, 2);
        CHECK(step2.problem == Utf8Problem::None);
        CHECK(step2.code_point == c.code_point);
        CHECK(step2.length == c.bytes.size());
        const auto shifted = c.verdict ? character(2, c.code_point) : std::nullopt;
        CHECK(sttj::find_job_id_error(inside) == shifted);
    }
}

TEST_CASE("control characters: a trailing newline is not allowed", "[utf8]") {
    // ECMA-262 `$` does not match before a final newline, unlike PCRE's.
    CHECK(sttj::find_job_id_error("abc\n") == character(3, 0x0A));
    CHECK(sttj::find_job_id_error("abc\r") == character(3, 0x0D));
    CHECK(sttj::find_job_id_error("abc\r\n") == character(3, 0x0D));
    CHECK(sttj::find_job_id_error("\nabc") == character(0, 0x0A));
    CHECK(sttj::find_job_id_error("a\tb") == character(1, 0x09));
    CHECK(sttj::find_job_id_error(std::string_view{"ab\0c", 4}) == character(2, 0x00));
    CHECK(sttj::find_job_id_error(std::string_view{"abc\0", 4}) == character(3, 0x00));
    CHECK(sttj::find_job_id_error(" ") == std::nullopt);  // U+0020 is Zs
    // 16..32 bytes take the SSE2 fast path when it exists: the same answers.
    CHECK(sttj::find_job_id_error("abcdefghijklmnopqrstuvwxyz012\n") == character(29, 0x0A));
    CHECK(sttj::find_job_id_error("abcdefghijklmnopqrstuvwxyz012\r") == character(29, 0x0D));
}

TEST_CASE("empty", "[utf8]") {
    CHECK(sttj::find_job_id_error("") == JobIdError{JobIdReason::Empty, 0, 0});
    CHECK(sttj::find_job_id_error(std::string_view{}) == JobIdError{JobIdReason::Empty, 0, 0});
    CHECK_FALSE(sttj::is_valid_job_id(""));
}

TEST_CASE("length: 32 scalars are allowed, 33 are too long", "[utf8]") {
    const std::string a32 = repeat("a", 32);
    const std::string wide32 = repeat("\xF0\xA0\x80\x80", 32);  // 32 x U+20000: 128 bytes
    REQUIRE(wide32.size() == 128);
    CHECK(sttj::find_job_id_error(a32) == std::nullopt);
    CHECK(sttj::find_job_id_error(wide32) == std::nullopt);
    CHECK(sttj::find_job_id_error(repeat("\xC3\xA9", 16) + repeat("a", 16)) == std::nullopt);
    CHECK(sttj::find_job_id_error(repeat("\xE6\x9D\xB1", 32)) == std::nullopt);
    CHECK(sttj::find_job_id_error("a") == std::nullopt);

    CHECK(sttj::find_job_id_error(a32 + "a") == too_long(32));
    CHECK(sttj::find_job_id_error(wide32 + "\xF0\xA0\x80\x80") == too_long(128));
    CHECK(sttj::find_job_id_error(wide32 + "a") == too_long(128));
    CHECK(sttj::find_job_id_error(repeat("\xC3\xA9", 16) + repeat("a", 17)) == too_long(48));
    CHECK(sttj::find_job_id_error(repeat("\xE6\x9D\xB1", 33)) == too_long(96));
    CHECK(sttj::find_job_id_error(repeat("a", 1000)) == too_long(32));
}

TEST_CASE("an id with several problems reports the first one from the front", "[utf8]") {
    const auto with = [](std::size_t n, std::size_t at, std::string_view bad) {
        std::string s = repeat("a", n);
        return s.substr(0, at) + std::string{bad} + s.substr(at + 1);
    };
    // Too long (40 scalars) and a bad character or byte.
    CHECK(sttj::find_job_id_error(with(40, 5, "!")) == character(5, U'!'));
    CHECK(sttj::find_job_id_error(with(40, 31, "!")) == character(31, U'!'));  // the 32nd scalar
    CHECK(sttj::find_job_id_error(with(40, 32, "!")) == too_long(32));         // the 33rd: too long first
    CHECK(sttj::find_job_id_error(with(40, 35, "!")) == too_long(32));
    CHECK(sttj::find_job_id_error(with(40, 5, "\xFF")) == encoding(5, 0xFF, Utf8Problem::InvalidByte));
    // An ill-formed 33rd "scalar" is not a scalar: Encoding, at the same offset.
    CHECK(sttj::find_job_id_error(with(40, 32, "\xFF")) == encoding(32, 0xFF, Utf8Problem::InvalidByte));
    CHECK(sttj::find_job_id_error(with(40, 35, "\xFF")) == too_long(32));
    // A bad character before ill-formed UTF-8, and the other way round.
    CHECK(sttj::find_job_id_error("a!b\xFF") == character(1, U'!'));
    CHECK(sttj::find_job_id_error("a\xFF!b") == encoding(1, 0xFF, Utf8Problem::InvalidByte));
    CHECK(sttj::find_job_id_error("a\xE2\x82") == encoding(1, 0xE2, Utf8Problem::Truncated));
    CHECK(sttj::find_job_id_error("a\xE2\x82!") == encoding(1, 0xE2, Utf8Problem::BadContinuation));
}

TEST_CASE("Utf8Problem names", "[utf8]") {
    CHECK(sttj::to_string(Utf8Problem::None) == "well-formed");
    CHECK(sttj::to_string(Utf8Problem::InvalidByte) == "byte never valid in UTF-8");
    CHECK(sttj::to_string(Utf8Problem::StrayContinuation) == "UTF-8 continuation byte without a lead byte");
    CHECK(sttj::to_string(Utf8Problem::Truncated) == "truncated UTF-8 sequence");
    CHECK(sttj::to_string(Utf8Problem::BadContinuation) == "UTF-8 sequence cut short");
    CHECK(sttj::to_string(Utf8Problem::Overlong) == "overlong UTF-8 sequence");
    CHECK(sttj::to_string(Utf8Problem::Surrogate) == "UTF-8 encoded surrogate");
    CHECK(sttj::to_string(Utf8Problem::TooLarge) == "UTF-8 sequence above U+10FFFF");
    CHECK(sttj::to_string(static_cast<Utf8Problem>(8)) == "unknown");
}
