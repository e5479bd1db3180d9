// Property tests for JobId validation (RapidCheck): the laws of the
// character set and the length limit, agreement with a deliberately simple
// reference implementation (ICU + a naive UTF-8 decoder), and agreement of
// the run-time fast path with the scalar definition. Every id is judged in
// an exact-size heap buffer and again followed by each "dangerous" byte
// (exact_buffer.hpp), so a fast path that reads past the id's end fails
// here with or without ASan.
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

#include "../support/exact_buffer.hpp"
#include "../support/icu_oracle.hpp"
#include "../support/job_id_error_printing.hpp"
#include "../support/job_id_reference.hpp"
#include "../support/job_id_sweep.hpp"

using sttj::JobIdError;
using sttj::JobIdReason;
using sttj::detail::Utf8Problem;
using sttj_test::ExactBytes;

namespace {

using sttj_test::encode;
using sttj_test::icu_allowed;
using sttj_test::is_surrogate;
using sttj_test::ref_decode;
using sttj_test::reference;

std::string print(const std::optional<JobIdError>& e) {
    return Catch::StringMaker<std::optional<JobIdError>>::convert(e);
}

std::string hex(std::string_view bytes) {
    std::string out;
    for (const char c : bytes) {
        char buf[4];
        std::snprintf(buf, sizeof buf, "%02X ", static_cast<unsigned char>(c));
        out += buf;
    }
    return out;
}

// Every run-time answer about the id in `view`, against `want`: the public
// functions (which take the fast paths at run time) and the scalar
// definition. The public functions decide an id that is_common_id_16_to_32
// accepts without the full fast path, so for those the full fast path is
// called directly too. "" if all agree.
std::string disagreement_at(std::string_view view, const std::optional<JobIdError>& want, bool with_scalar = true) {
    std::string found;
    const auto check = [&](const char* what, const std::optional<JobIdError>& got) {
        if (got != want && found.empty()) found = std::string(what) + " says " + print(got);
    };
    const auto check_valid = [&](const char* what, bool valid) {
        if (valid != !want.has_value() && found.empty())
            found = std::string(what) + (valid ? " says valid" : " says invalid");
    };
    check("find_job_id_error", sttj::find_job_id_error(view));
    check_valid("is_valid_job_id", sttj::is_valid_job_id(view));
    if (with_scalar) check("find_job_id_error_scalar", sttj::detail::find_job_id_error_scalar(view));
#if defined(STTJ_DETAIL_SSE2)
    if (sttj::detail::is_common_id_16_to_32(view.data(), view.size())) {
        check_valid("is_common_id_16_to_32", true);
        const sttj::detail::JobIdFastVerdict fast = sttj::detail::find_job_id_problem_fast(view.data(), view.size());
        check("find_job_id_problem_fast",
              fast.reason == sttj::detail::job_id_fast_valid
                  ? std::nullopt
                  : std::optional<JobIdError>{JobIdError{static_cast<JobIdReason>(fast.reason), fast.offset,
                                                         fast.code_point, fast.utf8_problem}});
        check_valid("is_valid_job_id_fast", sttj::detail::is_valid_job_id_fast(view.data(), view.size()));
    }
#endif
    return found;
}

#if defined(__SANITIZE_ADDRESS__)
constexpr bool address_sanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool address_sanitizer = true;
#else
constexpr bool address_sanitizer = false;
#endif
#else
constexpr bool address_sanitizer = false;
#endif

// The same, with the id alone in an exact-size heap buffer (ASan flags any
// read past its end), then followed by each dangerous byte (a read past the
// end that changes an answer fails without ASan too). Under ASan the second
// pass can find nothing the first did not: a function that reads no byte
// past the end cannot depend on that byte. It is skipped there (it would
// take most of the sanitizer build's test time).
std::string disagreement(std::string_view id, const std::optional<JobIdError>& want) {
    const ExactBytes exact{id};
    std::string found = disagreement_at(exact.view(), want);
    if (!found.empty()) return hex(id) + "alone: " + found + ", want " + print(want);
    if (address_sanitizer) return {};
    ExactBytes followed = ExactBytes::followed_by(id, '\0');
    for (const char next : sttj_test::dangerous_next_bytes()) {
        followed.set_next(next);
        found = disagreement_at(followed.view(), want, false);  // the definition was checked alone
        if (!found.empty()) {
            return hex(id) + "followed by " + hex({&next, 1}) + ": " + found + ", want " + print(want);
        }
    }
    return {};
}

// RC_ASSERT that every run-time answer on `id` is `want`, with the first
// disagreement in the counterexample report.
void assert_agrees(std::string_view id, const std::optional<JobIdError>& want) {
    const std::string found = disagreement(id, want);
    RC_LOG() << found << "\n";
    RC_ASSERT(found.empty());
}

// ------------------------------------------------------------ generators

// Scalars as std::uint32_t, not char32_t: RapidCheck prints the former in
// counterexamples, the latter only as "<???>".
using Scalar = std::uint32_t;

const std::string ascii_allowed_chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 _.:/=+-%@";

const std::vector<Scalar> curated_allowed = {
    0x00E9,  0x00DF,  0x00C4,  0x0142,  0x01C5,  // Latin: e-acute, sharp s, A-umlaut, l-stroke, Dz (Lt)
    0x03B1,  0x03A9,  0x0391,                    // Greek
    0x4E00,  0x6771,  0x4EAC,  0x9FFF,           // CJK
    0x0660,  0x0663,  0x0669,  0x06F0,  0x06F9,  // Arabic-Indic and Eastern Arabic-Indic digits
    0x0627,  0x05D0,  0x0905,  0xAC00,           // Arabic alef, Hebrew alef, Devanagari A, Hangul GA
    0x00A0,  0x1680,  0x2000,  0x200A,  0x202F,  0x205F,  0x3000,  // space separators (Zs)
    0x2028,  0x2029,                                               // line and paragraph separators
    0x02B0,  0x3005,                                               // modifier letters
    0x2160,  0x00B2,  0x00BD,  0x2460,                             // letter and other numbers
    0x10000, 0x10400, 0x1D400, 0x20000, 0x2A6DF, 0x31350,          // 4-byte letters
};

const std::vector<Scalar> curated_disallowed = {
    U'!',   U'#',    U'$',     U'&',   U'*',   U'~', U'\\', U'"', U'\'', U'(', U',', U';',
    U'?',   U'[',    U'^',     U'`',   U'{',   U'|', 0x00,  0x09, 0x0A,  0x0D, 0x7F, 0x85,  // controls, NEL
    0x00AD, 0x200B,  0x200D,   0x2060, 0xFEFF,                                              // format characters
    0x0301, 0x0903,                                                                         // combining marks
    0xE000, 0xF8FF,  0x10FFFD,                                                              // private use
    0xFFFD, 0x1F600, 0x00A9,                                                                // symbols
    0xFFFE, 0xFFFF,  0x10FFFF, 0x0378,                                                      // noncharacters, unassigned
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
    return rc::gen::oneOf(rc::gen::elementOf(curated_disallowed), rc::gen::suchThat(gen_code_point(), [](Scalar cp) {
                              return !is_surrogate(cp) && !icu_allowed(cp);
                          }));
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
    // The sweep's sequences are allowed or not as job_id_sweep.hpp says, and
    // three of them (one per length) stay allowed with any continuation
    // byte as their last (so a read past a truncated one can complete it).
    for (const sttj_test::SweepSequence& sequence : sttj_test::sweep_sequences) {
        INFO(hex(sequence.bytes));
        CHECK(reference(sequence.bytes).has_value() == !sequence.allowed);
        if (!sequence.any_last_byte_allowed) continue;
        for (int last = 0x80; last <= 0xBF; ++last) {
            std::string completed{sequence.bytes};
            completed.back() = static_cast<char>(last);
            CHECK_FALSE(reference(completed).has_value());
        }
    }
    CHECK(std::count_if(std::begin(sttj_test::sweep_sequences), std::end(sttj_test::sweep_sequences),
                        [](const auto& q) { return q.any_last_byte_allowed; }) == 3);
    // The dangerous bytes: 64 continuation bytes and four others.
    CHECK(sttj_test::dangerous_next_bytes().size() == 64 + 4);
}

TEST_CASE("laws of the JobId character set and length", "[properties]") {
    rc::prop("any 1..32 allowed scalars make a valid JobId", [] {
        const auto scalars = *gen_allowed_scalars(1, 32);
        const std::string id = encode_all(scalars);
        assert_agrees(id, std::nullopt);
        const ExactBytes exact{id};
        const auto made = sttj::JobId::make(exact.view());
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
        assert_agrees(id, expected);
    });

    rc::prop("33..64 allowed scalars are TooLong at the 33rd", [] {
        const auto scalars = *gen_allowed_scalars(33, 64);
        assert_agrees(encode_all(scalars), JobIdError{JobIdReason::TooLong, offset_of(scalars, 32), 0});
    });
}

TEST_CASE("find_job_id_error equals the reference on any bytes", "[properties][reference]") {
    // Reason, offset, code point and UTF-8 problem, all compared.
    const auto law = [](const std::string& s) { assert_agrees(s, reference(s)); };
    rc::prop("arbitrary strings", [&] { law(*rc::gen::arbitrary<std::string>()); });
    rc::prop("strings biased to high bytes", [&] { law(*gen_high_bytes()); });
    rc::prop("strings glued from whole and broken sequences", [&] { law(*gen_pieces()); });
}

TEST_CASE("every run-time answer is the same whatever byte follows the id", "[properties][fast_path]") {
    // The law the exact buffers serve, stated for any id and any next byte:
    // is_valid_job_id(x) == !find_job_id_error(x), and both (and the fast
    // paths called directly) equal the scalar definition, which never reads
    // past the id.
    const auto law = [](const std::string& id, char next) {
        const ExactBytes followed = ExactBytes::followed_by(id, next);
        const std::string found = disagreement_at(followed.view(), sttj::detail::find_job_id_error_scalar(id));
        RC_LOG() << hex(id) << "followed by " << hex({&next, 1}) << ": " << found << "\n";
        RC_ASSERT(found.empty());
    };
    const auto any_byte = gen_byte(0, 0x100);
    rc::prop("arbitrary strings", [&] { law(*rc::gen::arbitrary<std::string>(), *any_byte); });
    rc::prop("strings glued from whole and broken sequences", [&] { law(*gen_pieces(), *any_byte); });
    rc::prop("60..68 bytes of allowed scalars, cut anywhere", [&] {
        // The end of the one-word paths (64 bytes), where a lead may run past
        // the id: allowed scalars cut at any byte, so the last one may be a
        // truncated lead.
        const std::string whole = encode_all(*gen_allowed_scalars(16, 40));
        const auto cut = *rc::gen::inRange<std::size_t>(std::min<std::size_t>(whole.size(), 60),
                                                        std::min<std::size_t>(whole.size(), 68) + 1);
        law(whole.substr(0, cut), *any_byte);
    });
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
        const std::string found = disagreement(s, reference(s));
        if (!found.empty() && ++mismatches <= 5) first += found + "\n";
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
    const auto law = [](const std::string& s) { assert_agrees(s, sttj::detail::find_job_id_error_scalar(s)); };
    rc::prop("arbitrary strings", [&] { law(*rc::gen::arbitrary<std::string>()); });
    rc::prop("ASCII strings of 0..40 bytes", [&] {
        const auto size = *rc::gen::inRange<std::size_t>(0, 41);
        law(*rc::gen::container<std::string>(size, gen_byte(0, 0x80)));
    });
    rc::prop("28..36 allowed scalars: 28 to 144 bytes, around the 32-scalar limit",
             [&] { law(encode_all(*gen_allowed_scalars(28, 36))); });
    rc::prop("mostly allowed ASCII strings of 0..40 bytes", [&] {
        const auto size = *rc::gen::inRange<std::size_t>(0, 41);
        law(*rc::gen::container<std::string>(
            size,
            rc::gen::weightedOneOf<char>(
                {{20, rc::gen::elementOf(ascii_allowed_chars)}, {2, gen_byte(0, 0x80)}, {1, gen_byte(0, 0x100)}})));
    });
}

#if defined(STTJ_DETAIL_SSE2)  // the inline check is part of the SSE2 fast path
TEST_CASE("the inline check for common ids on every byte at every position of 14..34-byte ids",
          "[fast_path][exhaustive]") {
    // is_common_id_16_to_32 answers "valid" on its own for 16..32 bytes of
    // common characters: with SSE2 alone ASCII letters, digits and `-./:`;
    // with SSSE3 every allowed ASCII character. Anything else (false) goes
    // to the full check, so false is never wrong, and true must be exact.
    const auto common = [](int byte) {
#if defined(STTJ_DETAIL_SSSE3)
        return byte < 0x80 && icu_allowed(static_cast<char32_t>(byte));
#else
        return (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || (byte >= '-' && byte <= ':');
#endif
    };
    std::size_t common_bytes = 0;
    for (int byte = 0; byte < 256; ++byte) common_bytes += common(byte);
#if defined(STTJ_DETAIL_SSSE3)
    CHECK(common_bytes == 72);  // 52 letters, 10 digits, space and `_ . : / = + - % @`
#else
    CHECK(common_bytes == 66);  // 52 letters, 10 digits and `- . / :`
#endif
    std::size_t mismatches = 0;
    std::string first;
    for (std::size_t size = 14; size <= 34; ++size) {
        for (std::size_t pos = 0; pos < size; ++pos) {
            for (int byte = 0; byte < 256; ++byte) {
                std::string s(size, '7');
                s[pos] = static_cast<char>(byte);
                const bool want = size >= 16 && size <= 32 && common(byte);
                // Alone, then followed by each dangerous byte (which, read as
                // part of the id, would make a 32-byte id 33 bytes long).
                ExactBytes exact{s};
                ExactBytes followed = ExactBytes::followed_by(s, '\0');
                bool ok = sttj::detail::is_common_id_16_to_32(exact.data(), exact.size()) == want;
                for (const char next : sttj_test::dangerous_next_bytes()) {
                    followed.set_next(next);
                    ok = ok && sttj::detail::is_common_id_16_to_32(followed.data(), followed.size()) == want;
                }
                if (want && reference(s).has_value()) ok = false;
                if (!ok && ++mismatches <= 5) {
                    char buf[96];
                    std::snprintf(buf, sizeof buf, "size %zu, byte 0x%02X at %zu: want %d\n", size, byte, pos,
                                  static_cast<int>(want));
                    first += buf;
                }
            }
        }
    }
    INFO(first);
    CHECK(mismatches == 0);
}
#endif

TEST_CASE("the fast path on every byte at every position of 1..40-byte ids", "[fast_path][exhaustive]") {
    // A valid id of `size` bytes with one byte replaced: valid exactly for
    // allowed ASCII up to 32 bytes, and every run-time answer the
    // reference's, the id alone or followed by any dangerous byte.
    std::size_t mismatches = 0;
    std::size_t valid = 0;
    std::string first;
    for (std::size_t size = 1; size <= 40; ++size) {
        for (std::size_t pos = 0; pos < size; ++pos) {
            for (int byte = 0; byte < 256; ++byte) {
                std::string s(size, 'k');
                s[pos] = static_cast<char>(byte);
                const bool allowed_ascii = byte < 0x80 && icu_allowed(static_cast<char32_t>(byte));
                const auto want = reference(s);
                valid += !want.has_value();
                std::string found = disagreement(s, want);
                if (found.empty() && want.has_value() == (allowed_ascii && size <= 32)) found = hex(s) + "reference";
                if (!found.empty() && ++mismatches <= 5) first += found + "\n";
            }
        }
    }
    INFO(first);
    CHECK(mismatches == 0);
    CHECK(valid == 72 * (32 * 33 / 2));  // the 72 allowed ASCII bytes at each position of 1..32-byte ids
}

TEST_CASE("the fast path on multi-byte and broken sequences at every position of 1..70-byte ids",
          "[fast_path][exhaustive]") {
    // job_id_sweep.hpp: one sequence (whole, cut off where the id ends, or
    // ill-formed) at every position of 1..70-byte ids between runs of valid
    // scalars. Each id is judged alone in an exact-size buffer, then
    // followed by each dangerous byte.
    for (const std::string_view filler : sttj_test::sweep_fillers) {
        INFO("filler of " << filler.size() << " bytes");
        std::size_t checked = 0;
        std::size_t valid = 0;
        std::size_t expected_valid = 0;
        std::size_t mismatches = 0;
        std::string first;
        sttj_test::for_each_sweep_id(filler, 70, [&](const sttj_test::SweepId& id) {
            ++checked;
            const auto want = reference(id.bytes);
            valid += !want.has_value();
            expected_valid += id.valid;
            const std::string found = disagreement(id.bytes, want);
            if (!found.empty() && ++mismatches <= 5) first += found + "\n";
        });
        INFO(first);
        CHECK(mismatches == 0);
        CHECK(checked == std::size(sttj_test::sweep_sequences) * (70 * 71 / 2));
        CHECK(valid == expected_valid);
        if (filler.size() == 4) {
            // No id reaches 33 scalars: the six allowed sequences wherever
            // they fit whole, and the good sequence before a stray byte when
            // the id ends before the stray byte (sizes 2..70).
            const auto fits = [](std::size_t length) { return (71 - length) * (72 - length) / 2; };
            CHECK(valid == 2 * fits(2) + 2 * fits(3) + 2 * fits(4) + 69);
        }
    }
}

TEST_CASE("ids of every byte length from 1 to 130", "[fast_path][exhaustive]") {
    // For each length: a valid id of exactly that many bytes where one
    // exists (4-byte scalars, then one of 1..4 bytes: at most 32 scalars up
    // to 128 bytes), and the same id with its last byte replaced by a
    // disallowed ASCII character, followed by a stray continuation byte, and
    // cut one byte short. Every block, word and mask boundary of the fast paths
    // falls at the end of one of them.
    const std::string last_of_length[] = {"", "k", "\xC3\xA9", "\xE4\xB8\xAD", "\xF0\x90\x82\x80"};
    std::size_t checked = 0;
    std::size_t valid = 0;
    std::size_t mismatches = 0;
    std::string first;
    for (std::size_t bytes = 1; bytes <= 130; ++bytes) {
        const std::size_t tail = bytes % 4 == 0 ? 4 : bytes % 4;
        std::string id;
        for (std::size_t i = 0; i < (bytes - tail) / 4; ++i) id += "\xF0\x9D\x90\x80";
        id += last_of_length[tail];
        REQUIRE(id.size() == bytes);
        std::string bad_ascii = id;
        bad_ascii.back() = '!';
        const std::string stray = id + '\x80';
        for (const std::string& s : {id, bad_ascii, stray, id.substr(0, bytes - 1)}) {
            ++checked;
            const auto want = reference(s);
            valid += !want.has_value();
            const std::string found = disagreement(s, want);
            if (!found.empty() && ++mismatches <= 5) first += found + "\n";
        }
    }
    INFO(first);
    CHECK(mismatches == 0);
    CHECK(checked == 4 * 130);
    // Valid: the whole id at 1..128 bytes, and the id cut short where that
    // leaves whole scalars (the cut drops a 1-byte 'k': lengths 4k+1, 2..129).
    CHECK(valid == 128 + 32);
}

TEST_CASE("regression: a lead that runs past the end of a 64- or 128-byte id", "[fast_path][regression]") {
    // A mutation test found that the 1..64-byte is_valid_job_id path could
    // let a 4-byte lead at byte 61 of a 64-byte id (15 x U+1D400, `a`, then
    // F0 90 82) read one byte past the id: followed by 80..BF (U+10080..
    // U+100BF are letters), it said valid where the definition says
    // truncated. The same for every lead that calls for a continuation byte
    // one past the end of a 64- or a 128-byte id.
    const std::string bold_a = "\xF0\x9D\x90\x80";  // U+1D400
    const auto repeat = [](const std::string& s, std::size_t n) {
        std::string out;
        while (n-- > 0) out += s;
        return out;
    };
    const std::string e_acute = "\xC3\xA9";  // U+00E9
    const std::string cjk = "\xE4\xB8\xAD";  // U+4E2D
    struct Case {
        std::string id;
        std::size_t lead;  // the truncated lead's offset
    };
    // A lead at 125..127 of a 128-byte id follows 32 scalars at least; it is
    // still Encoding, not TooLong: the definition decodes before it counts.
    const Case cases[] = {
        {repeat(bold_a, 15) + "a" + "\xF0\x90\x82", 61},   // 4-byte lead, 3 of 4 bytes
        {repeat(bold_a, 15) + "ab" + "\xE4\xB8", 62},      // 3-byte lead, 2 of 3
        {repeat(bold_a, 15) + "abc" + "\xD0", 63},         // 2-byte lead, 1 of 2
        {repeat(bold_a, 15) + "a" + "\xF0\x90", 61},       // 2 of 4 bytes, 63-byte id
        {repeat(bold_a, 31) + "a" + "\xF0\x90\x82", 125},  // the same at 128 bytes
        {repeat(bold_a, 31) + e_acute + "\xE4\xB8", 126}, {repeat(bold_a, 31) + cjk + "\xD0", 127},
    };
    for (const Case& c : cases) {
        INFO(hex(c.id));
        const std::optional<JobIdError> want =
            JobIdError{JobIdReason::Encoding, c.lead, static_cast<unsigned char>(c.id[c.lead]), Utf8Problem::Truncated};
        CHECK(reference(c.id) == want);
        CHECK(disagreement(c.id, want) == "");
        // Whatever follows the id, no JobId is made of it.
        for (int next = 0x80; next <= 0xBF; ++next) {
            const ExactBytes followed = ExactBytes::followed_by(c.id, static_cast<char>(next));
            const auto made = sttj::JobId::make(followed.view());
            REQUIRE_FALSE(made.has_value());
            CHECK(std::optional<JobIdError>{made.error()} == want);
        }
    }
    CHECK(cases[0].id.size() == 64);
    CHECK(cases[4].id.size() == 128);
}
