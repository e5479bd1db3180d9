// Tests for <sttj/job_status.hpp>: the seven wire names, both directions,
// and OpenJobStatus.
// The header comes first: this proves it is self-contained.
#include <sttj/job_status.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <catch2/catch.hpp>
#include <rapidcheck.h>
#include <rapidcheck/catch.h>

namespace {

using sttj::JobStatus;

// The wire names of the service model's JobStatus enum, written out here on
// purpose (not taken from sttj::detail) so that a typo in the header fails.
struct Expected {
    JobStatus status;
    std::string_view name;
};
constexpr std::array<Expected, 7> expected_names = {{
    {JobStatus::Submitted, "SUBMITTED"},
    {JobStatus::InProgress, "IN_PROGRESS"},
    {JobStatus::Completed, "COMPLETED"},
    {JobStatus::CompletedWithError, "COMPLETED_WITH_ERROR"},
    {JobStatus::Failed, "FAILED"},
    {JobStatus::StopRequested, "STOP_REQUESTED"},
    {JobStatus::Stopped, "STOPPED"},
}};

bool is_name(std::string_view s) {
    return std::any_of(expected_names.begin(), expected_names.end(), [&](const Expected& e) { return e.name == s; });
}

rc::Gen<std::string> gen_name() {
    std::vector<std::string> names;
    for (const auto& e : expected_names) names.emplace_back(e.name);
    return rc::gen::elementOf(names);
}

// A nonempty string of padding: whitespace, NUL, letters, digits,
// punctuation and bytes above 0x7F.
rc::Gen<std::string> gen_padding() {
    return rc::gen::nonEmpty(rc::gen::container<std::string>(
        rc::gen::oneOf(rc::gen::element(' ', '\n', '\r', '\t', '\0', '\v', '\f', '_', 'x', 'S', 'D', '"'),
                       rc::gen::arbitrary<char>())));
}

}  // namespace

TEST_CASE("every status round-trips through its exact wire name", "[job_status]") {
    for (const auto& [status, name] : expected_names) {
        INFO("name " << name);
        CHECK(sttj::to_string(status) == name);
        const auto parsed = sttj::job_status_from_string(name);
        REQUIRE(parsed.has_value());
        CHECK(*parsed == status);
        // From an owning std::string too (not only from a string literal).
        const std::string owned{name};
        CHECK(sttj::job_status_from_string(owned) == status);
    }
}

TEST_CASE("all_job_statuses lists the 7 statuses once, in declaration order", "[job_status]") {
    STATIC_REQUIRE(sttj::all_job_statuses.size() == 7);
    for (std::size_t i = 0; i < sttj::all_job_statuses.size(); ++i) {
        INFO("index " << i);
        CHECK(sttj::all_job_statuses[i] == expected_names[i].status);
        CHECK(static_cast<std::size_t>(sttj::all_job_statuses[i]) == i);
        for (std::size_t j = 0; j < i; ++j) CHECK(sttj::all_job_statuses[i] != sttj::all_job_statuses[j]);
    }
    STATIC_REQUIRE(std::is_same_v<std::underlying_type_t<JobStatus>, std::uint8_t>);
}

TEST_CASE("near misses of the wire names are rejected", "[job_status]") {
    using namespace std::string_view_literals;
    // clang-format would put each piece of a split literal ("\xEF\xBB\xBF" "FAILED"sv) on a line of its own.
    // clang-format off
    for (const auto s : {""sv, " "sv, "submitted"sv, "Submitted"sv, "SUBMITTEd"sv, "SUBMITTED "sv, " SUBMITTED"sv,
                         "SUBMITTED\n"sv, "SUBMITTED\0"sv, "\0SUBMITTED"sv, "IN PROGRESS"sv, "IN-PROGRESS"sv,
                         "INPROGRESS"sv, "InProgress"sv, "STOP"sv, "STOPPE"sv, "STOPPED_"sv, "STOP_REQUESTE"sv,
                         "COMPLETED_WITH_ERRORS"sv, "COMPLETED_WITH_"sv, "COMPLETEDWITHERROR"sv, "FAIL"sv,
                         "FAILED\r"sv, "STOPPED\t"sv, "\xEF\xBB\xBF" "FAILED"sv}) {
        // clang-format on
        INFO("input \"" << std::string(s) << "\" (" << s.size() << " bytes)");
        CHECK_FALSE(sttj::job_status_from_string(s).has_value());
    }
    // One name is a proper prefix of another: each must still match whole.
    CHECK(sttj::job_status_from_string("COMPLETED") == JobStatus::Completed);
    CHECK(sttj::job_status_from_string("COMPLETED_WITH_ERROR") == JobStatus::CompletedWithError);
    CHECK(sttj::job_status_from_string("STOPPED") == JobStatus::Stopped);
    CHECK(sttj::job_status_from_string("STOP_REQUESTED") == JobStatus::StopRequested);
}

TEST_CASE("to_string of a value outside the enum is empty", "[job_status]") {
    CHECK(sttj::to_string(static_cast<JobStatus>(7)).empty());
    CHECK(sttj::to_string(static_cast<JobStatus>(255)).empty());
    // And the empty string is not a status.
    CHECK_FALSE(sttj::job_status_from_string(sttj::to_string(static_cast<JobStatus>(7))).has_value());
}

TEST_CASE("job_status_from_string accepts exactly the seven names", "[job_status][property]") {
    rc::prop("a name with some letters case-flipped is rejected", [] {
        std::string s = *gen_name();
        // Flip a nonempty set of letter positions.
        std::vector<std::size_t> letters;
        for (std::size_t i = 0; i < s.size(); ++i) {
            if (std::isalpha(static_cast<unsigned char>(s[i]))) letters.push_back(i);
        }
        const auto flips = *rc::gen::nonEmpty(
            rc::gen::container<std::vector<std::size_t>>(rc::gen::inRange<std::size_t>(0, letters.size())));
        for (const std::size_t f : flips) {
            const std::size_t i = letters[f];
            s[i] = static_cast<char>(s[i] ^ 0x20);  // ASCII case flip
        }
        bool any_lower = false;
        for (const std::size_t f : flips) any_lower |= std::islower(static_cast<unsigned char>(s[letters[f]])) != 0;
        RC_PRE(any_lower);  // flipping a position twice undoes it
        RC_ASSERT_FALSE(sttj::job_status_from_string(s).has_value());
    });

    rc::prop("a proper prefix of a name is rejected unless it is itself a name", [] {
        const std::string name = *gen_name();
        const auto length = *rc::gen::inRange<std::size_t>(0, name.size());
        const std::string prefix = name.substr(0, length);
        const auto parsed = sttj::job_status_from_string(prefix);
        if (prefix == "COMPLETED") {  // the one name that prefixes another
            RC_ASSERT(parsed == JobStatus::Completed);
        } else {
            RC_ASSERT(!is_name(prefix));
            RC_ASSERT_FALSE(parsed.has_value());
        }
    });

    rc::prop("a name with padding before or after is rejected", [] {
        const std::string name = *gen_name();
        const std::string before = *rc::gen::oneOf(rc::gen::just(std::string{}), gen_padding());
        const std::string after = *rc::gen::oneOf(rc::gen::just(std::string{}), gen_padding());
        RC_PRE(!before.empty() || !after.empty());
        const std::string s = before + name + after;
        RC_PRE(!is_name(s));  // "COMPLETED" + "_WITH_ERROR" is a name
        RC_ASSERT_FALSE(sttj::job_status_from_string(s).has_value());
    });

    rc::prop("an arbitrary string that is not a name is rejected", [] {
        const std::string s =
            *rc::gen::suchThat(rc::gen::arbitrary<std::string>(), [](const std::string& t) { return !is_name(t); });
        RC_ASSERT_FALSE(sttj::job_status_from_string(s).has_value());
    });

    rc::prop("an arbitrary uppercase-and-underscore string is a status exactly when it is a name", [] {
        // Draws from the names' own alphabet, so near misses are common.
        const std::string s = *rc::gen::container<std::string>(rc::gen::elementOf(std::string{"ACDEGILMNOPQRSTUW_"}));
        const auto parsed = sttj::job_status_from_string(s);
        RC_ASSERT(parsed.has_value() == is_name(s));
        if (parsed) RC_ASSERT(sttj::to_string(*parsed) == s);
    });
}

// ====================================================================
// OpenJobStatus: a known status or the text of an unknown one.
// ====================================================================

namespace {

using sttj::OpenJobStatus;

constexpr bool open_status_at_compile_time() {
    const OpenJobStatus stopped = JobStatus::Stopped;
    if (stopped.known() != JobStatus::Stopped || stopped.wire_name() != "STOPPED") return false;
    const auto paused = OpenJobStatus::from_wire("PAUSED");
    if (!paused || paused->known() || paused->wire_name() != "PAUSED") return false;
    const auto known = OpenJobStatus::from_wire("STOP_REQUESTED");
    if (!known || known->known() != JobStatus::StopRequested || !(*known == JobStatus::StopRequested)) return false;
    return !OpenJobStatus::from_wire(std::string_view{"\xC0\x80", 2}) && *paused != stopped;
}

}  // namespace

TEST_CASE("OpenJobStatus: known statuses", "[job_status][open]") {
    for (const auto& [status, name] : expected_names) {
        const OpenJobStatus open = status;  // implicit, as an enum widens
        CHECK(open.known() == status);
        CHECK(open.wire_name() == name);
        CHECK(open == status);
        const auto parsed = OpenJobStatus::from_wire(name);
        REQUIRE(parsed.has_value());
        CHECK(*parsed == open);
        CHECK(parsed->known() == status);
        for (const auto& other : expected_names) CHECK((open == other.status) == (other.status == status));
    }
}

TEST_CASE("OpenJobStatus: unknown text is kept exactly", "[job_status][open]") {
    const std::vector<std::string> texts = {
        "PAUSED",
        "",
        "stopped",
        " STOPPED",
        "STOPPED ",
        "COMPLETED_WITH_ERRORS",
        std::string("STOP\0PED", 8),
        "\xC3\x89TAT \"quoted\" \\ \n",
        std::string(64, 'X'),
        "\xF0\x9F\x98\x80",
    };
    for (const std::string& text : texts) {
        INFO(text);
        const auto status = OpenJobStatus::from_wire(text);
        REQUIRE(status.has_value());
        CHECK_FALSE(status->known().has_value());
        CHECK(status->wire_name() == text);
        for (const JobStatus known : sttj::all_job_statuses) CHECK_FALSE(*status == known);
        CHECK(*status == *OpenJobStatus::from_wire(text));
    }
    CHECK(*OpenJobStatus::from_wire("PAUSED") != *OpenJobStatus::from_wire("PAUSED "));
}

TEST_CASE("OpenJobStatus: from_wire refuses what a response cannot carry", "[job_status][open]") {
    CHECK_FALSE(OpenJobStatus::from_wire(std::string(sttj::job_status_text_capacity + 1, 'X')).has_value());
    CHECK(OpenJobStatus::from_wire(std::string(sttj::job_status_text_capacity, 'X')).has_value());
    CHECK_FALSE(OpenJobStatus::from_wire("\xFF").has_value());                                  // never valid in UTF-8
    CHECK_FALSE(OpenJobStatus::from_wire("A\xE2\x82").has_value());                             // truncated
    CHECK_FALSE(OpenJobStatus::from_wire("\xED\xA0\x80").has_value());                          // an encoded surrogate
    CHECK(OpenJobStatus::from_wire(std::string(16, '\0') + std::string(48, 'a')).has_value());  // NUL is text
}

TEST_CASE("OpenJobStatus: an enumerator outside the seven is unknown and empty", "[job_status][open]") {
    const OpenJobStatus cast = static_cast<JobStatus>(7);
    CHECK_FALSE(cast.known().has_value());
    CHECK(cast.wire_name().empty());
    CHECK(cast == *OpenJobStatus::from_wire(""));
    CHECK(cast == static_cast<JobStatus>(255));  // both have the wire name ""
    CHECK_FALSE(cast == JobStatus::Submitted);
}

TEST_CASE("OpenJobStatus is constexpr, small and trivially copyable", "[job_status][open][constexpr]") {
    STATIC_REQUIRE(open_status_at_compile_time());
    CHECK(open_status_at_compile_time());
    STATIC_REQUIRE(std::is_trivially_copyable_v<OpenJobStatus>);
    STATIC_REQUIRE(sizeof(OpenJobStatus) == sttj::job_status_text_capacity + 2);
    STATIC_REQUIRE(std::is_convertible_v<JobStatus, OpenJobStatus>);
    STATIC_REQUIRE_FALSE(std::is_default_constructible_v<OpenJobStatus>);
}
