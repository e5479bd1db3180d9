// Property tests for JobId validation (RapidCheck): the laws of the
// character set and the length limit, agreement with a deliberately simple
// reference implementation (ICU + a naive UTF-8 decoder), and agreement of
// the run-time fast path with the scalar definition.
// The header comes first: this proves it is self-contained.
#include <sttj/job_id.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>
#include <rapidcheck.h>
#include <rapidcheck/catch.h>
#include <unicode/uchar.h>

#include "icu_oracle.hpp"
#include "job_id_error_printing.hpp"

using sttj::JobIdError;
using sttj::JobIdReason;
using sttj::detail::Utf8Problem;


namespace {

// ------------------------------------------------------------ the reference

using sttj_test::encode;
using sttj_test::icu_allowed;
using sttj_test::is_surrogate;

struct RefStep {
    char32_t code_point;
    std::size_t length;
    Utf8Problem problem;
};

// A naive UTF-8 decoder from the bit patterns: the lead byte's high bits
// give the length, each continuation byte must be 10xxxxxx, and after each
// byte the range of code points still reachable is checked against the
// limits of Unicode table 3-7 (not overlong, not a surrogate, <= U+10FFFF).
RefStep ref_decode(std::string_view s, std::size_t pos) {
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

// The JobId rules, written as plainly as possible.
std::optional<JobIdError> reference(std::string_view s) {
    if (s.empty()) return JobIdError{JobIdReason::Empty, 0, 0};
    std::size_t scalars = 0;
    std::size_t pos = 0;
    while (pos < s.size()) {
        const RefStep step = ref_decode(s, pos);
        if (step.problem != Utf8Problem::None) {
            return JobIdError{JobIdReason::Encoding, pos, static_cast<unsigned char>(s[pos]), step.problem};
        }
        scalars += 1;
        if (scalars == 33) return JobIdError{JobIdReason::TooLong, pos, 0};
        if (!icu_allowed(step.code_point)) return JobIdError{JobIdReason::Character, pos, step.code_point};
        pos += step.length;
    }
    return std::nullopt;
}

// RC_ASSERT(got == want) with both sides in the counterexample report.
void assert_same(const std::optional<JobIdError>& got, const std::optional<JobIdError>& want) {
    RC_LOG() << "got  " << Catch::StringMaker<std::optional<JobIdError>>::convert(got) << "\nwant "
             << Catch::StringMaker<std::optional<JobIdError>>::convert(want) << "\n";
    RC_ASSERT(got == want);
}

// ------------------------------------------------------------ generators

// Scalars as std::uint32_t, not char32_t: RapidCheck prints the former in
// counterexamples, the latter only as "<???>".
using Scalar = std::uint32_t;

const std::string ascii_allowed_chars =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 _.:/=+-%@";

const std::vector<Scalar> curated_allowed = {
    0x00E9, 0x00DF, 0x00C4, 0x0142, 0x01C5,  // Latin: e-acute, sharp s, A-umlaut, l-stroke, Dz (Lt)
    0x03B1, 0x03A9, 0x0391,                  // Greek
    0x4E00, 0x6771, 0x4EAC, 0x9FFF,          // CJK
    0x0660, 0x0663, 0x0669, 0x06F0, 0x06F9,  // Arabic-Indic and Eastern Arabic-Indic digits
    0x0627, 0x05D0, 0x0905, 0xAC00,          // Arabic alef, Hebrew alef, Devanagari A, Hangul GA
    0x00A0, 0x1680, 0x2000, 0x200A, 0x202F, 0x205F, 0x3000,  // space separators (Zs)
    0x2028, 0x2029,                                          // line and paragraph separators
    0x02B0, 0x3005,                                          // modifier letters
    0x2160, 0x00B2, 0x00BD, 0x2460,                          // letter and other numbers
    0x10000, 0x10400, 0x1D400, 0x20000, 0x2A6DF, 0x31350,    // 4-byte letters
};

const std::vector<Scalar> curated_disallowed = {
    U'!', U'#', U'$', U'&', U'*', U'~', U'\\', U'"', U'\'', U'(', U',', U';', U'?', U'[', U'^', U'`', U'{', U'|',
    0x00, 0x09, 0x0A, 0x0D, 0x7F, 0x85,     // controls, NEL
    0x00AD, 0x200B, 0x200D, 0x2060, 0xFEFF,  // format characters
    0x0301, 0x0903,                          // combining marks
    0xE000, 0xF8FF, 0x10FFFD,                // private use
    0xFFFD, 0x1F600, 0x00A9,                 // symbols
    0xFFFE, 0xFFFF, 0x10FFFF, 0x0378,        // noncharacters, unassigned
};

rc::Gen<Scalar> gen_code_point() {
    // Half the draws from planes 0..3, where nearly every assigned letter lives.
    return rc::gen::oneOf(rc::gen::inRange<Scalar>(0, 0x110000), rc::gen::inRange<Scalar>(0, 0x32400));
}

rc::Gen<Scalar> gen_allowed_scalar() {
    return rc::gen::oneOf(
        rc::gen::map(rc::gen::elementOf(ascii_allowed_chars), [](char c) { return static_cast<Scalar>(c); }),
        rc::gen::elementOf(curated_allowed),
        rc::gen::suchThat(gen_code_point(), [](Scalar cp) { return !is_surrogate(cp) && icu_allowed(cp); }));
}

rc::Gen<Scalar> gen_disallowed_scalar() {
    return rc::gen::oneOf(
        rc::gen::elementOf(curated_disallowed),
        rc::gen::suchThat(gen_code_point(), [](Scalar cp) { return !is_surrogate(cp) && !icu_allowed(cp); }));
}

rc::Gen<std::vector<Scalar>> gen_allowed_scalars(std::size_t min, std::size_t max) {
    return rc::gen::mapcat(rc::gen::inRange(min, max + 1), [](std::size_t n) {
        return rc::gen::container<std::vector<Scalar>>(n, gen_allowed_scalar());
    });
}

std::string encode_all(const std::vector<Scalar>& scalars) {
    std::string out;
    for (const Scalar cp : scalars) out += encode(cp);
    return out;
}

// Byte offset of scalars[index].
std::size_t offset_of(const std::vector<Scalar>& scalars, std::size_t index) {
    std::size_t offset = 0;
    for (std::size_t i = 0; i < index; ++i) offset += encode(scalars[i]).size();
    return offset;
}

rc::Gen<char> gen_byte(int lo, int hi) {
    return rc::gen::map(rc::gen::inRange(lo, hi), [](int b) { return static_cast<char>(b); });
}

// Byte strings that hit the interesting UTF-8 cases often: mostly high bytes.
rc::Gen<std::string> gen_high_bytes() {
    return rc::gen::container<std::string>(rc::gen::weightedOneOf<char>({
        {4, gen_byte(0x80, 0x100)},
        {2, rc::gen::element('\xC2', '\xDF', '\xE0', '\xED', '\xEF', '\xF0', '\xF4', '\x80', '\x8F', '\x90', '\x9F',
                             '\xA0', '\xBF')},
        {1, rc::gen::elementOf(ascii_allowed_chars)},
        {1, gen_byte(0, 0x80)},
    }));
}

// Strings glued from pieces: whole scalars, sequences cut short, and single
// bytes, so that ill-formed bits sit between well-formed ones.
rc::Gen<std::string> gen_pieces() {
    const auto piece = rc::gen::oneOf(
        rc::gen::map(gen_code_point(), [](Scalar cp) { return encode(cp); }),
        rc::gen::map(gen_allowed_scalar(), [](Scalar cp) { return encode(cp); }),
        rc::gen::map(rc::gen::pair(gen_code_point(), rc::gen::inRange(1, 4)),
                     [](const std::pair<Scalar, int>& p) {
                         const std::string e = encode(p.first);
                         return e.substr(0, std::min<std::size_t>(e.size() - 1, static_cast<std::size_t>(p.second)));
                     }),
        rc::gen::map(gen_byte(0, 0x100), [](char b) { return std::string(1, b); }));
    return rc::gen::map(rc::gen::container<std::vector<std::string>>(piece), [](const std::vector<std::string>& v) {
        std::string out;
        for (const auto& p : v) out += p;
        return out;
    });
}

}  // namespace

TEST_CASE("the generators produce what they claim", "[properties]") {
    for (const char c : ascii_allowed_chars) CHECK(icu_allowed(static_cast<unsigned char>(c)));
    for (const Scalar cp : curated_allowed) CHECK(icu_allowed(cp));
    for (const Scalar cp : curated_disallowed) CHECK_FALSE(icu_allowed(cp));
    // The reference decoder on the table 3-7 boundaries.
    CHECK(ref_decode("\xC2\x80", 0).code_point == 0x80);
    CHECK(ref_decode("\xC1\xBF", 0).problem == Utf8Problem::InvalidByte);
    CHECK(ref_decode("\xE0\x9F\xBF", 0).problem == Utf8Problem::Overlong);
    CHECK(ref_decode("\xE0\xA0\x80", 0).code_point == 0x800);
    CHECK(ref_decode("\xED\x9F\xBF", 0).code_point == 0xD7FF);
    CHECK(ref_decode("\xED\xA0\x80", 0).problem == Utf8Problem::Surrogate);
    CHECK(ref_decode("\xF0\x8F\xBF\xBF", 0).problem == Utf8Problem::Overlong);
    CHECK(ref_decode("\xF0\x90\x80\x80", 0).code_point == 0x10000);
    CHECK(ref_decode("\xF4\x8F\xBF\xBF", 0).code_point == 0x10FFFF);
    CHECK(ref_decode("\xF4\x90\x80\x80", 0).problem == Utf8Problem::TooLarge);
    CHECK(ref_decode("\xF5\x80\x80\x80", 0).problem == Utf8Problem::InvalidByte);
    CHECK(ref_decode("\xE2\x82", 0).problem == Utf8Problem::Truncated);
    CHECK(ref_decode("\xE2\x82x", 0).problem == Utf8Problem::BadContinuation);
}

TEST_CASE("laws of the JobId character set and length", "[properties]") {
    rc::prop("any 1..32 allowed scalars make a valid JobId", [] {
        const auto scalars = *gen_allowed_scalars(1, 32);
        const std::string id = encode_all(scalars);
        assert_same(sttj::find_job_id_error(id), std::nullopt);
        assert_same(sttj::detail::find_job_id_error_scalar(id), std::nullopt);
        RC_ASSERT(sttj::is_valid_job_id(id));
        const auto made = sttj::JobId::make(id);
        RC_ASSERT(made.has_value());
        RC_ASSERT(made->view() == id);
    });

    rc::prop("one disallowed scalar gives Character at its offset, unless it comes after the 32nd", [] {
        auto scalars = *gen_allowed_scalars(0, 63);
        const Scalar bad = *gen_disallowed_scalar();
        const auto index = *rc::gen::inRange<std::size_t>(0, scalars.size() + 1);
        scalars.insert(scalars.begin() + static_cast<std::ptrdiff_t>(index), bad);
        const std::string id = encode_all(scalars);
        const std::optional<JobIdError> expected =
            index < 32 ? JobIdError{JobIdReason::Character, offset_of(scalars, index), bad}
                       : JobIdError{JobIdReason::TooLong, offset_of(scalars, 32), 0};
        assert_same(sttj::find_job_id_error(id), expected);
        RC_ASSERT_FALSE(sttj::is_valid_job_id(id));
    });

    rc::prop("33..64 allowed scalars are TooLong at the 33rd", [] {
        const auto scalars = *gen_allowed_scalars(33, 64);
        const std::string id = encode_all(scalars);
        const std::optional<JobIdError> expected = JobIdError{JobIdReason::TooLong, offset_of(scalars, 32), 0};
        assert_same(sttj::find_job_id_error(id), expected);
        assert_same(sttj::detail::find_job_id_error_scalar(id), expected);
    });
}

TEST_CASE("find_job_id_error equals the reference on any bytes", "[properties][reference]") {
    // Reason, offset, code point and UTF-8 problem, all compared.
    const auto law = [](const std::string& s) {
        const auto want = reference(s);
        assert_same(sttj::find_job_id_error(s), want);
        RC_ASSERT(sttj::is_valid_job_id(s) == !want.has_value());
    };
    rc::prop("arbitrary strings", [&] { law(*rc::gen::arbitrary<std::string>()); });
    rc::prop("strings biased to high bytes", [&] { law(*gen_high_bytes()); });
    rc::prop("strings glued from whole and broken sequences", [&] { law(*gen_pieces()); });
}

TEST_CASE("find_job_id_error equals the reference on all short strings of interesting bytes",
          "[properties][reference][exhaustive]") {
    // Every boundary of table 3-7, plus ASCII allowed and disallowed: 26 bytes.
    const unsigned char interesting[] = {0x00, 0x21, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2,
                                         0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF};
    const std::string bytes{std::begin(interesting), std::end(interesting)};
    REQUIRE(bytes.size() == 26);

    std::size_t checked = 0;
    std::size_t mismatches = 0;
    std::string first;
    const auto check = [&](const std::string& s) {
        ++checked;
        const auto got = sttj::find_job_id_error(s);
        const auto want = reference(s);
        if ((got != want || sttj::is_valid_job_id(s) != !want.has_value()) && ++mismatches <= 5) {
            for (const char c : s) {
                char hex[4];
                std::snprintf(hex, sizeof hex, "%02X ", static_cast<unsigned char>(c));
                first += hex;
            }
            first += ": got " + Catch::StringMaker<std::optional<JobIdError>>::convert(got) + ", want " +
                     Catch::StringMaker<std::optional<JobIdError>>::convert(want) + "\n";
        }
    };
    std::string s;
    for (const char a : bytes) {
        for (const char b : bytes) {
            for (const char c : bytes) {
                for (const char d : bytes) check(s.assign({a, b, c, d}));
                check(s.assign({a, b, c}));
            }
            check(s.assign({a, b}));
        }
        check(s.assign({a}));
    }
    // And every two-byte string.
    for (int a = 0; a < 256; ++a) {
        for (int b = 0; b < 256; ++b) check(s.assign({static_cast<char>(a), static_cast<char>(b)}));
    }
    INFO(first);
    CHECK(mismatches == 0);
    CHECK(checked == 26 + 26 * 26 + 26 * 26 * 26 + 26 * 26 * 26 * 26 + 65536);
}

TEST_CASE("the run-time fast path agrees with the scalar definition", "[properties][fast_path]") {
    const auto law = [](const std::string& s) {
        const auto scalar = sttj::detail::find_job_id_error_scalar(s);
        assert_same(sttj::find_job_id_error(s), scalar);
        RC_ASSERT(sttj::is_valid_job_id(s) == !scalar.has_value());
    };
    rc::prop("arbitrary strings", [&] { law(*rc::gen::arbitrary<std::string>()); });
    rc::prop("ASCII strings of 0..40 bytes", [&] {
        const auto size = *rc::gen::inRange<std::size_t>(0, 41);
        law(*rc::gen::container<std::string>(size, gen_byte(0, 0x80)));
    });
    rc::prop("28..36 allowed scalars: 28 to 144 bytes, around the 32-scalar limit", [&] {
        law(encode_all(*gen_allowed_scalars(28, 36)));
    });
    rc::prop("mostly allowed ASCII strings of 0..40 bytes", [&] {
        const auto size = *rc::gen::inRange<std::size_t>(0, 41);
        law(*rc::gen::container<std::string>(
            size, rc::gen::weightedOneOf<char>(
                      {{20, rc::gen::elementOf(ascii_allowed_chars)}, {2, gen_byte(0, 0x80)}, {1, gen_byte(0, 0x100)}})));
    });
}

TEST_CASE("the inline check for common ids on every byte at every position of 14..34-byte ids",
          "[fast_path][exhaustive]") {
    // is_common_id_16_to_32 answers "valid" on its own for 16..32 bytes of
    // common characters: with SSE2 alone ASCII letters, digits and `-./:`;
    // with SSSE3 every allowed ASCII character. Anything else (false) goes
    // to the full check, so false is never wrong, and true must be exact.
    const auto common = [](int byte) {
#if defined(STTJ_DETAIL_SSSE3)
        return byte < 0x80 && icu_allowed(static_cast<char32_t>(byte));
#elif defined(STTJ_DETAIL_SSE2)
        return (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || (byte >= '-' && byte <= ':');
#else
        (void)byte;
        return false;  // no vector check: every id takes the full check
#endif
    };
    std::size_t common_bytes = 0;
    for (int byte = 0; byte < 256; ++byte) common_bytes += common(byte);
#if defined(STTJ_DETAIL_SSSE3)
    CHECK(common_bytes == 72);  // 52 letters, 10 digits, space and `_ . : / = + - % @`
#elif defined(STTJ_DETAIL_SSE2)
    CHECK(common_bytes == 66);  // 52 letters, 10 digits and `- . / :`
#else
    CHECK(common_bytes == 0);  // no vector check
#endif
    std::size_t mismatches = 0;
    std::string first;
    for (std::size_t size = 14; size <= 34; ++size) {
        for (std::size_t pos = 0; pos < size; ++pos) {
            for (int byte = 0; byte < 256; ++byte) {
                std::string s(size, '7');
                s[pos] = static_cast<char>(byte);
                const bool want = size >= 16 && size <= 32 && common(byte);
                const bool got = sttj::detail::is_common_id_16_to_32(s.data(), s.size());
                if ((got != want || (got && reference(s).has_value())) && ++mismatches <= 5) {
                    char buf[96];
                    std::snprintf(buf, sizeof buf, "size %zu, byte 0x%02X at %zu: %d\n", size, byte, pos,
                                  static_cast<int>(got));
                    first += buf;
                }
            }
        }
    }
    INFO(first);
    CHECK(mismatches == 0);
}

TEST_CASE("the fast path on every byte at every position of 1..40-byte ids", "[fast_path][exhaustive]") {
    // A valid id of `size` bytes with one byte replaced: the fast path must
    // say valid exactly for allowed ASCII, and the public answer must be the
    // scalar definition's.
    std::size_t mismatches = 0;
    std::string first;
    for (std::size_t size = 1; size <= 40; ++size) {
        for (std::size_t pos = 0; pos < size; ++pos) {
            for (int byte = 0; byte < 256; ++byte) {
                std::string s(size, 'k');
                s[pos] = static_cast<char>(byte);
                const bool allowed_ascii = byte < 0x80 && icu_allowed(static_cast<char32_t>(byte));
                const bool fast =
                    sttj::detail::find_job_id_problem_fast(s.data(), s.size()).reason == sttj::detail::job_id_fast_valid;
                const auto got = sttj::find_job_id_error(s);
                const auto scalar = sttj::detail::find_job_id_error_scalar(s);
                const bool ok = fast == (allowed_ascii && size <= 32) && got == scalar && got == reference(s) &&
                                sttj::is_valid_job_id(s) == fast;
                if (!ok && ++mismatches <= 5) {
                    char buf[96];
                    std::snprintf(buf, sizeof buf, "size %zu, byte 0x%02X at %zu: fast %d\n", size, byte, pos,
                                  static_cast<int>(fast));
                    first += buf;
                }
            }
        }
    }
    INFO(first);
    CHECK(mismatches == 0);
}

TEST_CASE("the fast path on multi-byte and broken sequences at every position of 1..70-byte ids",
          "[fast_path][exhaustive]") {
    // An id of `size` bytes: valid scalars, one sequence at byte `pos` (cut
    // off where the id ends, so every lead also appears truncated), valid
    // scalars after it. The valid scalars are 4-byte ones in a first pass,
    // so even a 70-byte id has at most 23 scalars and gets past the length
    // check, and 2-byte ones in a second, so a 64-byte id has up to 32
    // multi-byte sequences and a 66..70-byte one can pass 32 scalars.
    // The sizes cross every block and word boundary of the fast paths: 16,
    // 32, 48 and 64 bytes (the one-word is_valid_job_id paths end at 64, and
    // a lead in bytes 61..63 calls for continuation bytes past bit 63).
    const std::string_view sequences[] = {
        "\xC3\xA9",          // U+00E9 e acute: allowed
        "\xE4\xB8\xAD",      // U+4E2D: allowed
        "\xF0\x9D\x90\x80",  // U+1D400: allowed
        "\xE3\x80\x80",      // U+3000 ideographic space (Zs): allowed
        "\xC2\xA7",          // U+00A7 section sign (Po): not allowed
        "\xE2\x82\xAC",      // U+20AC euro sign (Sc): not allowed
        "\xF0\x9F\x98\x80",  // U+1F600 (So): not allowed
        "\x80",              // stray continuation byte
        "\xC0\x80",          // overlong (C0)
        "\xE0\x80\x80",      // overlong 3-byte
        "\xF0\x80\x80\x80",  // overlong 4-byte
        "\xED\xA0\x80",      // surrogate U+D800
        "\xF4\x90\x80\x80",  // above U+10FFFF
        "\xF5\x80\x80\x80",  // F5: never valid
        "\xC3\xA9\x80",      // good sequence, then a stray continuation
        "\xE4\xB8" "k",      // lead short of a continuation byte
        "!",                 // bad ASCII
    };
    constexpr std::size_t allowed_sequences = 4;  // the first four above
    constexpr std::size_t good_then_stray = 14;   // "\xC3\xA9\x80"
    // `bytes` bytes of allowed scalars: `filler` as often as it fits, then
    // 'k'; and how many scalars that run has, for the expected verdicts.
    const std::string_view fillers[] = {"\xF0\x9D\x90\x80", "\xC3\xA9"};  // U+1D400, U+00E9
    const auto valid_run = [](std::string_view filler, std::size_t bytes) {
        std::string run;
        for (; bytes >= filler.size(); bytes -= filler.size()) run += filler;
        return run.append(bytes, 'k');
    };
    const auto run_scalars = [](std::string_view filler, std::size_t bytes) {
        return bytes / filler.size() + bytes % filler.size();
    };
    for (const std::string_view filler : fillers) {
        INFO("filler of " << filler.size() << " bytes");
        std::size_t checked = 0;
        std::size_t valid = 0;
        std::size_t expected_valid = 0;
        std::size_t mismatches = 0;
        std::string first;
        for (std::size_t size = 1; size <= 70; ++size) {
            for (std::size_t pos = 0; pos < size; ++pos) {
                for (std::size_t which = 0; which < std::size(sequences); ++which) {
                    const std::string_view sequence = sequences[which];
                    const std::string_view kept = sequence.substr(0, size - pos);
                    const std::size_t after = size - pos - kept.size();
                    const std::string s = valid_run(filler, pos) + std::string(kept) + valid_run(filler, after);
                    REQUIRE(s.size() == size);
                    ++checked;
                    const auto want = reference(s);
                    valid += !want.has_value();
                    // Valid: one of the four allowed sequences, whole, or the
                    // good one before a stray byte that the id's end cuts
                    // off; and at most 32 scalars in all.
                    const bool allowed_whole = which < allowed_sequences && kept.size() == sequence.size();
                    const bool good_before_cut = which == good_then_stray && kept.size() == 2;
                    expected_valid += (allowed_whole || good_before_cut) &&
                                      run_scalars(filler, pos) + 1 + run_scalars(filler, after) <= 32;
                    const bool ok =
                        sttj::find_job_id_error(s) == want && sttj::is_valid_job_id(s) == !want.has_value();
                    if (!ok && ++mismatches <= 5) {
                        char buf[96];
                        std::snprintf(buf, sizeof buf, "size %zu, sequence of %zu bytes at %zu\n", size,
                                      sequence.size(), pos);
                        first += buf;
                    }
                }
            }
        }
        INFO(first);
        CHECK(mismatches == 0);
        CHECK(checked == 17 * (70 * 71 / 2));
        CHECK(valid == expected_valid);
        if (filler.size() == 4) {
            // No id reaches 33 scalars: the four allowed sequences wherever
            // they fit whole, and the good sequence before a stray byte when
            // the id ends before the stray byte (sizes 2..70).
            const auto fits = [](std::size_t length) { return (71 - length) * (72 - length) / 2; };
            CHECK(valid == fits(2) + 2 * fits(3) + fits(4) + 69);
        }
    }
}
