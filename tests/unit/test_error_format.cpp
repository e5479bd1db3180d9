// Tests for <sttj/error_format.hpp>: an Error as one line of text.
// The header comes first: this proves it is self-contained.
#include <sttj/error_format.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>

#include <catch2/catch.hpp>
#include <sttj/parse.hpp>

#include "../support/exact_buffer.hpp"

namespace {

using sttj::Error;
using sttj::ErrorCategory;

// The text through each entry point: to_string, and write_error_text into a
// buffer of exactly error_text_size bytes (ASan flags a write past it).
std::string rendered(const Error& error) {
    const std::string text = sttj::to_string(error);
    CHECK(sttj::error_text_size(error) == text.size());
    sttj_test::ExactOutput out{text.size()};
    CHECK(sttj::write_error_text(error, {out.data(), out.size()}) == text.size());
    CHECK(out.view(text.size()) == text);
    return text;
}

// Renders at compile time into a buffer of N bytes: the bytes written.
template <std::size_t N>
struct Rendered {
    std::array<char, N> bytes{};
    std::size_t size = 0;
    [[nodiscard]] constexpr std::string_view view() const noexcept { return {bytes.data(), size}; }
};
template <std::size_t N>
constexpr Rendered<N> render(const Error& error) noexcept {
    Rendered<N> out;
    out.size = sttj::write_error_text(error, out.bytes);
    return out;
}

constexpr Error job_id_missing{ErrorCategory::Schema, 12, "missing required member", "JobId"};

}  // namespace

TEST_CASE("An Error's text for each category, with and without a member", "[error_format]") {
    CHECK(rendered({ErrorCategory::Syntax, 13, "expected a member name"}) ==
          "syntax error at byte 13: expected a member name");
    CHECK(rendered({ErrorCategory::Syntax, 13, "expected a member name", "JobId"}) ==
          "syntax error at byte 13 (JobId): expected a member name");
    CHECK(rendered({ErrorCategory::Encoding, 10, "lone high surrogate escape"}) ==
          "encoding error at byte 10: lone high surrogate escape");
    CHECK(rendered({ErrorCategory::Encoding, 10, "lone high surrogate escape", "JobStatus"}) ==
          "encoding error at byte 10 (JobStatus): lone high surrogate escape");
    CHECK(rendered({ErrorCategory::Schema, 12, "missing required member"}) ==
          "schema error at byte 12: missing required member");
    CHECK(rendered(job_id_missing) == "schema error at byte 12 (JobId): missing required member");
    CHECK(rendered({ErrorCategory::Constraint, 7, "unknown JobStatus"}) ==
          "constraint error at byte 7: unknown JobStatus");
    CHECK(rendered({ErrorCategory::Constraint, 7, "unknown JobStatus", "JobStatus"}) ==
          "constraint error at byte 7 (JobStatus): unknown JobStatus");
    CHECK(rendered({ErrorCategory::Limit, 512, "nesting deeper than 512"}) ==
          "limit error at byte 512: nesting deeper than 512");
    CHECK(rendered({ErrorCategory::Limit, 512, "nesting deeper than 512", "x"}) ==
          "limit error at byte 512 (x): nesting deeper than 512");
    // A value outside the enumeration, as to_string(ErrorCategory) names it.
    CHECK(rendered({static_cast<ErrorCategory>(200), 1, "m"}) == "unknown error at byte 1: m");
}

TEST_CASE("An Error's text: offsets and empty or unusual parts", "[error_format]") {
    CHECK(rendered({ErrorCategory::Syntax, 0, "empty document"}) == "syntax error at byte 0: empty document");
    CHECK(rendered({ErrorCategory::Syntax, 9, "m"}) == "syntax error at byte 9: m");
    CHECK(rendered({ErrorCategory::Syntax, 10, "m"}) == "syntax error at byte 10: m");
    CHECK(rendered({ErrorCategory::Syntax, 1000000007, "m"}) == "syntax error at byte 1000000007: m");
    constexpr std::size_t max = std::numeric_limits<std::size_t>::max();
    const std::string max_digits = sizeof(std::size_t) == 8 ? "18446744073709551615" : "4294967295";
    STATIC_REQUIRE((sizeof(std::size_t) == 8 && max == 18446744073709551615ULL) ||
                   (sizeof(std::size_t) == 4 && max == 4294967295U));
    CHECK(rendered({ErrorCategory::Limit, max, "m", "JobId"}) == "limit error at byte " + max_digits + " (JobId): m");

    CHECK(rendered({ErrorCategory::Schema, 4, ""}) == "schema error at byte 4: ");
    CHECK(rendered({ErrorCategory::Schema, 4, "", "JobId"}) == "schema error at byte 4 (JobId): ");
    // Message and member are written as they are, NULs and bytes >= 0x80 included.
    using namespace std::string_view_literals;
    CHECK(rendered({ErrorCategory::Schema, 4, "a\0b\xC3\xA9"sv, "J\0"sv}) ==
          "schema error at byte 4 (J\0): a\0b\xC3\xA9"sv);
    // A message that is a slice of a longer string: only the slice is written
    // (the bug of printing a string_view with %s and .data()).
    constexpr std::string_view longer = "missing required member, and more";
    CHECK(rendered({ErrorCategory::Schema, 12, longer.substr(0, 23), "JobId"}) ==
          "schema error at byte 12 (JobId): missing required member");
}

TEST_CASE("write_error_text cuts the text to the buffer", "[error_format]") {
    const std::string whole = "schema error at byte 12 (JobId): missing required member";
    REQUIRE(sttj::error_text_size(job_id_missing) == whole.size());
    for (std::size_t size = 0; size <= whole.size() + 3; ++size) {
        CAPTURE(size);
        sttj_test::ExactOutput out{size, 8};
        const std::size_t written = sttj::write_error_text(job_id_missing, {out.data(), out.size()});
        const std::size_t expected = size < whole.size() ? size : whole.size();
        CHECK(written == expected);
        CHECK(out.view(written) == std::string_view(whole).substr(0, expected));
        // No NUL or anything else after the text, nor past the buffer.
        CHECK(out.view(size).substr(written) == std::string(size - written, sttj_test::ExactOutput::untouched));
        CHECK(out.guard_intact());
    }
    // Cut inside the offset's digits and inside the member.
    char small[22];
    CHECK(sttj::write_error_text(job_id_missing, small) == 22);
    CHECK(std::string_view(small, 22) == "schema error at byte 1");
    char medium[28];
    CHECK(sttj::write_error_text(job_id_missing, medium) == 28);
    CHECK(std::string_view(medium, 28) == "schema error at byte 12 (Job");
    CHECK(sttj::write_error_text(job_id_missing, {}) == 0);
}

TEST_CASE("An Error's text at compile time", "[error_format][constexpr]") {
    STATIC_REQUIRE(sttj::error_text_size(job_id_missing) == 56);
    STATIC_REQUIRE(render<64>(job_id_missing).view() == "schema error at byte 12 (JobId): missing required member");
    STATIC_REQUIRE(render<56>(job_id_missing).view() == "schema error at byte 12 (JobId): missing required member");
    STATIC_REQUIRE(render<10>(job_id_missing).view() == "schema err");
    STATIC_REQUIRE(render<1>(job_id_missing).view() == "s");
    STATIC_REQUIRE(render<40>(Error{ErrorCategory::Encoding, 0, "bad"}).view() == "encoding error at byte 0: bad");
    STATIC_REQUIRE(render<40>(Error{ErrorCategory::Limit, std::size_t{4294967295U}, "x"}).view() ==
                   "limit error at byte 4294967295: x");
    STATIC_REQUIRE(noexcept(sttj::error_text_size(job_id_missing)));
    STATIC_REQUIRE(noexcept(sttj::write_error_text(job_id_missing, std::span<char>{})));
    STATIC_REQUIRE(std::is_same_v<decltype(sttj::to_string(job_id_missing)), std::string>);
}

TEST_CASE("The text of errors the parsers report", "[error_format]") {
    CHECK(sttj::to_string(sttj::parse_request("{}").error()) ==
          "schema error at byte 0 (JobId): missing required member");
    CHECK(sttj::to_string(sttj::parse_request(R"({"JobId":"a",})").error()) ==
          "syntax error at byte 13: expected a member name");
    CHECK(sttj::to_string(sttj::parse_request(R"({"JobId":5})").error()) ==
          "schema error at byte 9 (JobId): expected a string or null");
    STATIC_REQUIRE(render<80>(sttj::parse_request(R"({"JobId":5})").error()).view() ==
                   "schema error at byte 9 (JobId): expected a string or null");
}
