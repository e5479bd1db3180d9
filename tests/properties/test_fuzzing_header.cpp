// Tests for <sttj/testing/fuzzing.hpp>: every value a Source makes is valid and
// round-trips, every byte read steers it, and different inputs reach many
// different values. The header comes first: this proves it is self-contained.
#include <sttj/testing/fuzzing.hpp>

#include <sttj/parse.hpp>
#include <sttj/parse_error.hpp>
#include <sttj/serialize.hpp>

#include <cstddef>
#include <cstdint>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>
#include <rapidcheck/catch.h>

namespace {

using sttj::fuzzing::Source;
using Bytes = std::vector<std::uint8_t>;

constexpr std::uint8_t input[] = {5, 0, 1, 2, 3, 4, 5};

// Compile time: the Source is constexpr, and zeros (or no bytes) give the first choice.
constexpr sttj::JobId empty_id = [] {
    Source source;
    return source.job_id();
}();
static_assert(empty_id.view() == "a");
constexpr sttj::JobId six_scalars = [] {
    Source source{input, sizeof input};
    return source.job_id();
}();
static_assert(six_scalars.view() == "abcdef");  // length byte 5: six scalars
static_assert([] {
    Source source{std::string_view{"\x02\x03"}};
    return source.job_status() == sttj::JobStatus::Completed &&
           source.job_status() == sttj::JobStatus::CompletedWithError && source.remaining() == 0;
}());
static_assert([] {
    Source source;
    const auto response = source.response();
    return !response.job_id && !response.job_status;
}());
static_assert([] {
    Source source;
    const auto error = source.error_response();
    return error.code.view() == "InternalServerException" && !error.message && !error.message_truncated;
}());
static_assert(sttj::fuzzing::job_id_alphabet_at(0) == U'a');
// The first non-ASCII one is U+00A0 NO-BREAK SPACE (Zs).
static_assert(sttj::fuzzing::job_id_alphabet_at(sttj::fuzzing::job_id_ascii_alphabet_size) == U'\u00A0');
static_assert(sttj::fuzzing::job_id_alphabet_at(sttj::fuzzing::job_id_alphabet_size - 1) == U'\U000323AF');

template <class T, class Parse>
void require_round_trip(const T& value, Parse parse) {
    const std::string json = sttj::to_json(value);
    const auto parsed = parse(json);
    RC_ASSERT(parsed.has_value());
    RC_ASSERT(*parsed == value);
    RC_ASSERT(sttj::to_json(*parsed) == json);
}

// Flipping the low bit of any byte `make` read changes what it makes.
template <class Make>
void require_every_byte_steers(const Bytes& bytes, Make make) {
    Source source{bytes.data(), bytes.size()};
    const auto value = make(source);
    const std::size_t read = bytes.size() - source.remaining();
    for (std::size_t i = 0; i < read; ++i) {
        Bytes flipped = bytes;
        flipped[i] ^= 1;
        Source other{flipped.data(), flipped.size()};
        RC_ASSERT(!(make(other) == value));
    }
}

}  // namespace

TEST_CASE("fuzzing.hpp: the JobId alphabet is exactly the allowed scalars", "[fuzzing]") {
    std::size_t allowed = 0;
    for (char32_t c = 0; c < 0x110000; ++c) allowed += sttj::detail::is_job_id_scalar(c);
    CHECK(sttj::fuzzing::job_id_alphabet_size == allowed);
    CHECK(allowed == 137963);

    std::set<char32_t> seen;
    bool all_allowed = true;
    bool ascii_first = true;
    bool increasing = true;
    for (std::size_t i = 0; i < sttj::fuzzing::job_id_alphabet_size; ++i) {
        const char32_t c = sttj::fuzzing::job_id_alphabet_at(i);
        all_allowed = all_allowed && sttj::detail::is_job_id_scalar(c);
        ascii_first = ascii_first && ((i < sttj::fuzzing::job_id_ascii_alphabet_size) == (c < 0x80));
        if (i > sttj::fuzzing::job_id_ascii_alphabet_size) {
            increasing = increasing && c > sttj::fuzzing::job_id_alphabet_at(i - 1);
        }
        seen.insert(c);
    }
    CHECK(all_allowed);
    CHECK(ascii_first);
    CHECK(increasing);
    CHECK(seen.size() == allowed);  // a bijection onto the allowed scalars
}

TEST_CASE("fuzzing.hpp: empty input gives valid values", "[fuzzing]") {
    for (Source source : {Source{}, Source{nullptr, 0}, Source{std::string_view{}}}) {
        CHECK(source.remaining() == 0);
        CHECK(source.byte() == 0);
        CHECK(source.job_id().view() == "a");
        CHECK(source.job_status() == sttj::JobStatus::Submitted);
        CHECK(source.request().job_id.view() == "a");
        CHECK(source.response() == sttj::StopTextTranslationJobResponse{});
        const sttj::ErrorResponse error = source.error_response();
        CHECK(error.code.view() == "InternalServerException");
        CHECK(!error.message.has_value());
        CHECK(sttj::parse_error(sttj::to_json(error)).has_value());
    }
}

TEST_CASE("fuzzing.hpp: values from arbitrary bytes are valid and round-trip", "[fuzzing]") {
    rc::prop("job_id() is valid, and a request made of it round-trips", [](const Bytes& bytes) {
        Source source{bytes.data(), bytes.size()};
        const sttj::JobId id = source.job_id();
        RC_ASSERT(sttj::is_valid_job_id(id.view()));
        RC_ASSERT(!sttj::detail::find_job_id_error_scalar(id.view()).has_value());
        require_round_trip(sttj::StopTextTranslationJobRequest{id},
                           [](std::string_view json) { return sttj::parse_request(json); });
    });
    rc::prop("request() round-trips", [](const Bytes& bytes) {
        Source source{bytes.data(), bytes.size()};
        require_round_trip(source.request(), [](std::string_view json) { return sttj::parse_request(json); });
    });
    rc::prop("response() round-trips", [](const Bytes& bytes) {
        Source source{bytes.data(), bytes.size()};
        require_round_trip(source.response(), [](std::string_view json) { return sttj::parse_response(json); });
    });
    rc::prop("error_response() is valid and round-trips", [](const Bytes& bytes) {
        Source source{bytes.data(), bytes.size()};
        const sttj::ErrorResponse error = source.error_response();
        RC_ASSERT(!error.code.empty());
        RC_ASSERT(error.code.view().find(':') == std::string_view::npos);
        RC_ASSERT(!error.message_truncated);
        require_round_trip(error, [](std::string_view json) { return sttj::parse_error(json); });
    });
    rc::prop("the same bytes make the same values", [](const Bytes& bytes) {
        Source a{bytes.data(), bytes.size()};
        Source b{std::string_view{reinterpret_cast<const char*>(bytes.data()), bytes.size()}};
        RC_ASSERT(a.response() == b.response());
        RC_ASSERT(a.error_response() == b.error_response());
        RC_ASSERT(a.remaining() == b.remaining());
    });
}

TEST_CASE("fuzzing.hpp: every byte read steers a choice", "[fuzzing]") {
    rc::prop("job_id",
             [](const Bytes& bytes) { require_every_byte_steers(bytes, [](Source& s) { return s.job_id(); }); });
    rc::prop("response",
             [](const Bytes& bytes) { require_every_byte_steers(bytes, [](Source& s) { return s.response(); }); });
    rc::prop("error_response (message below its bound)", [](const Bytes& bytes) {
        Source probe{bytes.data(), bytes.size()};
        const auto error = probe.error_response();
        // A scalar that no longer fits in the 1024-byte message is read, then dropped.
        // (Computed first: RC_PRE's expression capture does not short-circuit ||.)
        const bool below_bound = !error.message || error.message->size() + 4 <= sttj::error_message_capacity;
        RC_PRE(below_bound);
        require_every_byte_steers(bytes, [](Source& s) { return s.error_response(); });
    });
}

TEST_CASE("fuzzing.hpp: different inputs reach many different values", "[fuzzing]") {
    std::mt19937 random{12345};
    std::uniform_int_distribution<int> byte{0, 255};
    std::uniform_int_distribution<std::size_t> length{0, 64};
    std::set<std::string> ids;
    std::set<std::string> codes;
    std::set<sttj::JobStatus> statuses;
    int unknown_statuses = 0;
    std::set<std::pair<bool, bool>> shapes;
    std::size_t non_ascii = 0;
    std::size_t with_message = 0;
    for (int i = 0; i < 1000; ++i) {
        Bytes bytes(length(random));
        for (auto& b : bytes) b = static_cast<std::uint8_t>(byte(random));
        Source a{bytes.data(), bytes.size()};
        const sttj::JobId id = a.job_id();
        ids.emplace(id.view());
        for (const char c : id.view()) {
            if (static_cast<unsigned char>(c) >= 0x80) {
                ++non_ascii;
                break;
            }
        }
        Source b{bytes.data(), bytes.size()};
        const auto response = b.response();
        shapes.emplace(response.job_id.has_value(), response.job_status.has_value());
        if (response.job_status && response.job_status->known()) statuses.insert(*response.job_status->known());
        if (response.job_status && !response.job_status->known()) ++unknown_statuses;
        Source c{bytes.data(), bytes.size()};
        const auto error = c.error_response();
        codes.emplace(error.code.view());
        with_message += error.message.has_value();
    }
    CHECK(ids.size() > 900);
    CHECK(non_ascii > 300);
    CHECK(statuses.size() == sttj::all_job_statuses.size());
    CHECK(unknown_statuses > 10);
    CHECK(shapes.size() == 4);
    CHECK(codes.size() > 400);  // the 14 known codes and many others
    CHECK(with_message > 300);
}
