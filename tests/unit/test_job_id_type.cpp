// Tests for the JobId type: construction, comparison, hashing, layout and
// the compile-time literal.
// The header comes first: this proves it is self-contained.
#include <sttj/job_id.hpp>

#include <compare>
#include <cstddef>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_set>
#include <utility>

#include <catch2/catch.hpp>

namespace {

using sttj::JobId;
using sttj::JobIdError;
using sttj::JobIdReason;
using sttj::detail::Utf8Problem;
using namespace std::string_view_literals;

JobId make(std::string_view s) {
    const auto r = JobId::make(s);
    REQUIRE(r.has_value());
    return *r;
}

}  // namespace

TEST_CASE("JobId::make copies a valid id", "[job_id_type]") {
    const std::string text = "5236d36c-2b1c-4a8f-8f1a-6d7e9b0c3d2e";  // 36 bytes: too long for a JobId
    CHECK_FALSE(JobId::make(text).has_value());

    const std::string source = "job_2024-01/run:7=ok%@+.";
    const auto r = JobId::make(source);
    REQUIRE(r.has_value());
    CHECK(r->view() == source);
    CHECK(r->size() == 24);
    CHECK(std::memcmp(r->data(), source.data(), source.size()) == 0);
    // The id owns its bytes: it does not point into the source.
    CHECK(r->data() != source.data());
    CHECK(r->view().data() == r->data());

    // Non-ASCII: size() is in bytes, not scalars.
    const auto g = JobId::make("Grüße東京٣");
    REQUIRE(g.has_value());
    CHECK(g->view() == "Grüße東京٣");
    CHECK(g->size() == 1 + 1 + 2 + 2 + 1 + 3 + 3 + 2);  // G r ü ß e 東 京 ٣

    // The largest id: 32 four-byte scalars, 128 bytes.
    std::string wide;
    for (int i = 0; i < 32; ++i) wide += "\xF0\xA0\x80\x80";
    const auto w = JobId::make(wide);
    REQUIRE(w.has_value());
    CHECK(w->size() == 128);
    CHECK(w->view() == wide);
    CHECK(sttj::job_id_max_bytes == 128);
    CHECK(sttj::job_id_max_scalars == 32);
}

TEST_CASE("JobId::make reports the exact error", "[job_id_type]") {
    CHECK(JobId::make("").error() == JobIdError{JobIdReason::Empty, 0, 0});
    CHECK(JobId::make("ab!").error() == JobIdError{JobIdReason::Character, 2, U'!'});
    CHECK(JobId::make("abc\n").error() == JobIdError{JobIdReason::Character, 3, U'\n'});
    CHECK(JobId::make(std::string(33, 'a')).error() == JobIdError{JobIdReason::TooLong, 32, 0});
    CHECK(JobId::make("a\xFF").error() == JobIdError{JobIdReason::Encoding, 1, 0xFF, Utf8Problem::InvalidByte});
    CHECK(JobId::make("\xE6\x9D").error() == JobIdError{JobIdReason::Encoding, 0, 0xE6, Utf8Problem::Truncated});
    CHECK(JobId::make("東\xCC\x81").error() == JobIdError{JobIdReason::Character, 3, 0x301});  // combining acute
    CHECK(JobId::make("a b").has_value());
}

TEST_CASE("JobIdError fields, names and messages", "[job_id_type]") {
    const JobIdError e{JobIdReason::Character, 2, U'!'};
    CHECK(e.utf8_problem == Utf8Problem::None);  // the default for non-Encoding errors
    CHECK_FALSE(e == JobIdError{JobIdReason::Character, 3, U'!'});
    CHECK_FALSE(e == JobIdError{JobIdReason::Character, 2, U'?'});
    CHECK_FALSE(e == JobIdError{JobIdReason::Encoding, 2, U'!'});
    CHECK_FALSE(e == JobIdError{JobIdReason::Character, 2, U'!', Utf8Problem::Overlong});

    CHECK(sttj::to_string(JobIdReason::Empty) == "empty");
    CHECK(sttj::to_string(JobIdReason::TooLong) == "too-long");
    CHECK(sttj::to_string(JobIdReason::Encoding) == "encoding");
    CHECK(sttj::to_string(JobIdReason::Character) == "character");
    CHECK(sttj::to_string(static_cast<JobIdReason>(4)) == "unknown");

    CHECK(JobIdError{JobIdReason::Empty, 0, 0}.message() == "JobId is empty");
    CHECK(JobIdError{JobIdReason::TooLong, 32, 0}.message() == "JobId is longer than 32 characters");
    CHECK(JobIdError{JobIdReason::Encoding, 0, 0xFF}.message() == "JobId is not well-formed UTF-8");
    CHECK(JobIdError{JobIdReason::Character, 0, U'!'}.message() ==
          "JobId has a character outside [\\p{L}\\p{Z}\\p{N}_.:/=+\\-%@]");
    CHECK(JobIdError{static_cast<JobIdReason>(9), 0, 0}.message() == "JobId is invalid");
}

TEST_CASE("JobId equality and ordering", "[job_id_type]") {
    CHECK(make("abc") == make("abc"));
    CHECK_FALSE(make("abc") == make("abd"));
    CHECK(make("abc") != make("ab"));
    CHECK((make("abc") <=> make("abc")) == std::strong_ordering::equal);
    CHECK((make("abc") <=> make("abd")) == std::strong_ordering::less);
    CHECK((make("abd") <=> make("abc")) == std::strong_ordering::greater);
    CHECK(make("ab") < make("abc"));  // a prefix sorts first
    CHECK(make("B") < make("a"));     // byte order, not case-insensitive
    CHECK(make("z") < make("é"));     // bytes compare as unsigned: 0x7A < 0xC3
    CHECK(make("Ω") < make("東"));
    // Code point order, which UTF-16 order is not: U+FF5A < U+10000.
    CHECK(make("\xEF\xBD\x9A") < make("\xF0\x90\x80\x80"));
    CHECK(make("abc") >= make("abc"));
    CHECK(make("abd") > make("abc"));
}

TEST_CASE("std::hash<JobId>", "[job_id_type]") {
    const std::hash<JobId> h;
    CHECK(h(make("abc")) == h(make("abc")));
    CHECK(h(make("abc")) == std::hash<std::string_view>{}("abc"));
    CHECK(h(make("Grüße")) == std::hash<std::string_view>{}("Grüße"));
    STATIC_REQUIRE(noexcept(h(std::declval<const JobId&>())));

    std::unordered_set<JobId> set;
    CHECK(set.insert(make("job-1")).second);
    CHECK(set.insert(make("job-2")).second);
    CHECK_FALSE(set.insert(make("job-1")).second);
    CHECK(set.insert(make("東京")).second);
    CHECK(set.size() == 3);
    CHECK(set.count(make("job-2")) == 1);
    CHECK(set.count(make("job-3")) == 0);
}

TEST_CASE("JobId layout: inline, trivially copyable, no default", "[job_id_type]") {
    STATIC_REQUIRE(std::is_trivially_copyable_v<JobId>);
    STATIC_REQUIRE(std::is_trivially_destructible_v<JobId>);
    STATIC_REQUIRE(sizeof(JobId) <= sttj::job_id_max_bytes + sizeof(std::size_t));
    STATIC_REQUIRE_FALSE(std::is_default_constructible_v<JobId>);
    STATIC_REQUIRE_FALSE(std::is_constructible_v<JobId, std::string_view>);  // only through make/literal
    STATIC_REQUIRE_FALSE(std::is_constructible_v<JobId, const char*>);
    STATIC_REQUIRE(std::is_nothrow_copy_constructible_v<JobId>);
    STATIC_REQUIRE(std::is_trivially_copyable_v<sttj::Result<JobId, JobIdError>>);
    // (From a string_view: libc++ 14's string_view(const char*) is not noexcept.)
    STATIC_REQUIRE(noexcept(JobId::make(std::declval<std::string_view>())));

    // A copy has its own bytes and compares equal.
    const JobId a = make("copy-me");
    JobId b = a;
    CHECK(b == a);
    CHECK(b.data() != a.data());
    CHECK(b.view() == "copy-me");
    b = make("other");
    CHECK(a.view() == "copy-me");
    CHECK(b.view() == "other");
}

TEST_CASE("JobId's parser-only constructor never writes past its storage", "[job_id_type]") {
    // The tag is for sttj's parsers, which validate first; misused with a
    // longer text, the id keeps job_id_max_bytes bytes (ASan watches).
    const std::string long_text(300, 'a');
    const JobId misused{sttj::detail::ValidatedJobIdKey{}, long_text};
    CHECK(misused.size() == sttj::job_id_max_bytes);
    CHECK(misused.view() == std::string_view{long_text}.substr(0, sttj::job_id_max_bytes));
}

TEST_CASE("JobId's storage holds the text, then zeros, at every size", "[job_id_type]") {
    // The run-time fill copies in pieces chosen by size (1, 2..3, 4..7,
    // 8..15, 16..32, over 32 bytes): every size, at every piece's edge.
    std::string text(sttj::job_id_max_bytes, '\0');
    for (std::size_t i = 0; i < text.size(); ++i) text[i] = static_cast<char>('A' + i % 26);
    for (std::size_t size = 0; size <= sttj::job_id_max_bytes; ++size) {
        const JobId id{sttj::detail::ValidatedJobIdKey{}, std::string_view{text}.substr(0, size)};
        CAPTURE(size);
        CHECK(id.view() == std::string_view{text}.substr(0, size));
        std::size_t nonzero_tail = 0;
        for (std::size_t i = size; i < sttj::job_id_max_bytes; ++i) nonzero_tail += id.data()[i] != '\0';
        CHECK(nonzero_tail == 0);
    }
}

TEST_CASE("JobIdError's fields are public types", "[job_id_type]") {
    STATIC_REQUIRE(std::is_same_v<decltype(JobIdError::utf8_problem), sttj::Utf8Problem>);
    const auto error = sttj::find_job_id_error("a\xE2\x82");
    REQUIRE(error.has_value());
    CHECK(error->utf8_problem == sttj::Utf8Problem::Truncated);
    CHECK(sttj::to_string(error->utf8_problem) == "truncated UTF-8 sequence");
}

TEST_CASE("the _job_id literal and JobId::literal", "[job_id_type]") {
    using namespace sttj::literals;
    constexpr JobId a = "5236d36c2b1c4a8f8f1a6d7e9b0c3d2e"_job_id;
    STATIC_REQUIRE(a.size() == 32);
    STATIC_REQUIRE(a.view() == "5236d36c2b1c4a8f8f1a6d7e9b0c3d2e");
    CHECK(a == make("5236d36c2b1c4a8f8f1a6d7e9b0c3d2e"));

    constexpr JobId g = JobId::literal("Grüße東京٣");
    STATIC_REQUIRE(g.view() == "Grüße東京٣");
    CHECK(g == make("Grüße東京٣"));

    constexpr JobId sep = "a\u2028b\u3000c"_job_id;  // line separator and ideographic space
    STATIC_REQUIRE(sep.size() == 9);
    CHECK(sep.view() ==
          "a\xE2\x80\xA8"
          "b\xE3\x80\x80"
          "c");

    STATIC_REQUIRE("abc"_job_id == JobId::literal("abc"));
    STATIC_REQUIRE("abc"_job_id < "abd"_job_id);
    STATIC_REQUIRE(std::is_same_v<decltype("x"_job_id), JobId>);
}
