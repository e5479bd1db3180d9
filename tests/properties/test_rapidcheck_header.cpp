// Tests for <sttj/testing/rapidcheck.hpp>: its generators state sttj's laws, so
// sttj's own property tests are their first user. The header comes first:
// this proves it is self-contained.
#include <sttj/testing/rapidcheck.hpp>

#include <sttj/parse.hpp>
#include <sttj/parse_error.hpp>
#include <sttj/serialize.hpp>

#include <cstddef>
#include <set>
#include <string>

#include <catch2/catch.hpp>
#include <rapidcheck/catch.h>

namespace {

using sttj::ErrorCategory;
using sttj::JobIdReason;

// `count` values of `gen` at RapidCheck's nominal size, from a fixed seed.
template <class T>
std::vector<T> sample(const rc::Gen<T>& gen, std::size_t count) {
    rc::Random random{20240601};
    std::vector<T> out;
    for (std::size_t i = 0; i < count; ++i) out.push_back(gen(random.split()).value());
    return out;
}

std::size_t scalar_count(std::string_view utf8) {
    std::size_t n = 0;
    for (const char c : utf8) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

}  // namespace

TEST_CASE("rapidcheck.hpp: arbitrary values are valid and round-trip", "[rapidcheck]") {
    rc::prop("every arbitrary JobId is valid", [](const sttj::JobId& id) {
        RC_ASSERT(sttj::is_valid_job_id(id.view()));
        RC_ASSERT(!sttj::detail::find_job_id_error_scalar(id.view()).has_value());
        const std::size_t scalars = scalar_count(id.view());
        RC_ASSERT(scalars >= 1u);
        RC_ASSERT(scalars <= sttj::job_id_max_scalars);
    });
    rc::prop("every arbitrary request round-trips through to_json/parse_request",
             [](const sttj::StopTextTranslationJobRequest& request) {
                 const std::string json = sttj::to_json(request);
                 const auto parsed = sttj::parse_request(json);
                 RC_ASSERT(parsed.has_value());
                 RC_ASSERT(*parsed == request);
                 RC_ASSERT(sttj::to_json(*parsed) == json);
             });
    rc::prop("every arbitrary response round-trips through to_json/parse_response",
             [](const sttj::StopTextTranslationJobResponse& response) {
                 const std::string json = sttj::to_json(response);
                 const auto parsed = sttj::parse_response(json);
                 RC_ASSERT(parsed.has_value());
                 RC_ASSERT(*parsed == response);
                 RC_ASSERT(sttj::to_json(*parsed) == json);
             });
    rc::prop("every arbitrary error round-trips through to_json/parse_error", [](const sttj::ErrorResponse& error) {
        RC_ASSERT(!error.code.empty());
        RC_ASSERT(error.code.view().find_first_of(":#") == std::string_view::npos);
        RC_ASSERT(!error.message_truncated);
        const std::string json = sttj::to_json(error);
        const auto parsed = sttj::parse_error(json);
        RC_ASSERT(parsed.has_value());
        RC_ASSERT(*parsed == error);
        RC_ASSERT(sttj::to_json(*parsed) == json);
    });
}

TEST_CASE("rapidcheck.hpp: arbitrary values cover the space", "[rapidcheck]") {
    const auto ids = sample(rc::gen::arbitrary<sttj::JobId>(), 1000);
    std::set<std::string> distinct;
    std::size_t non_ascii = 0;
    std::size_t astral = 0;
    std::size_t at_max = 0;
    for (const auto& id : ids) {
        distinct.emplace(id.view());
        non_ascii += scalar_count(id.view()) != id.size();
        for (const char c : id.view()) {
            if (static_cast<unsigned char>(c) >= 0xF0) {
                ++astral;  // a 4-byte sequence: a scalar beyond U+FFFF
                break;
            }
        }
        at_max += scalar_count(id.view()) == sttj::job_id_max_scalars;
    }
    CHECK(distinct.size() > 900);
    CHECK(non_ascii > 100);
    CHECK(astral > 10);
    CHECK(at_max > 10);

    std::set<sttj::JobStatus> statuses;
    for (const auto s : sample(rc::gen::arbitrary<sttj::JobStatus>(), 200)) statuses.insert(s);
    CHECK(statuses.size() == sttj::all_job_statuses.size());

    std::size_t long_messages = 0;
    for (const auto& e : sample(rc::gen::arbitrary<sttj::ErrorResponse>(), 500)) {
        long_messages += e.message && e.message->size() > sttj::error_message_capacity - 4;
    }
    CHECK(long_messages > 5);  // the 1024-byte bound is reached
}

TEST_CASE("rapidcheck.hpp: invalid ids are rejected with the intended reason", "[rapidcheck]") {
    rc::prop("every invalid_job_id is rejected with its reason and offset", [] {
        const sttj::gen::InvalidJobId bad = *sttj::gen::invalid_job_id();
        const auto error = sttj::find_job_id_error(bad.text);
        RC_ASSERT(error.has_value());
        RC_ASSERT(error->reason == bad.reason);
        RC_ASSERT(error->offset == bad.offset);
        RC_ASSERT(sttj::detail::find_job_id_error_scalar(bad.text) == error);
        RC_ASSERT(!sttj::JobId::make(bad.text).has_value());
    });
    for (const JobIdReason reason :
         {JobIdReason::Empty, JobIdReason::TooLong, JobIdReason::Encoding, JobIdReason::Character}) {
        rc::prop("invalid_job_id(" + std::string(sttj::to_string(reason)) + ") gives that reason", [reason] {
            const sttj::gen::InvalidJobId bad = *sttj::gen::invalid_job_id(reason);
            RC_ASSERT(bad.reason == reason);
            const auto error = sttj::find_job_id_error(bad.text);
            RC_ASSERT(error.has_value());
            RC_ASSERT(error->reason == reason);
            RC_ASSERT(error->offset == bad.offset);
        });
    }

    // Every reason, and every UTF-8 problem, is reached.
    std::set<JobIdReason> reasons;
    std::set<sttj::detail::Utf8Problem> problems;
    for (const auto& bad : sample(sttj::gen::invalid_job_id(), 2000)) {
        const auto error = sttj::find_job_id_error(bad.text);
        REQUIRE(error.has_value());
        reasons.insert(error->reason);
        if (error->reason == JobIdReason::Encoding) problems.insert(error->utf8_problem);
    }
    CHECK(reasons.size() == 4);
    CHECK(problems.size() == 7);
}

TEST_CASE("rapidcheck.hpp: malformed documents are rejected", "[rapidcheck]") {
    rc::prop("malformed_request_document is rejected with its category", [] {
        const sttj::gen::MalformedDocument doc = *sttj::gen::malformed_request_document();
        const auto parsed = sttj::parse_request(doc.body);
        RC_ASSERT(!parsed.has_value());
        RC_ASSERT(parsed.error().category == doc.category);
    });
    rc::prop("malformed_response_document is rejected by parse_response_strict with its category", [] {
        const sttj::gen::MalformedDocument doc = *sttj::gen::malformed_response_document();
        const auto parsed = sttj::parse_response_strict(doc.body);
        RC_ASSERT(!parsed.has_value());
        RC_ASSERT(parsed.error().category == doc.category);
    });
    rc::prop("parse_response rejects it alike, but keeps an unknown status of up to 64 bytes", [] {
        const sttj::gen::MalformedDocument doc = *sttj::gen::malformed_response_document();
        const auto strict = sttj::parse_response_strict(doc.body);
        const auto open = sttj::parse_response(doc.body);
        RC_ASSERT(!strict.has_value());
        if (strict.error().category == ErrorCategory::Constraint && strict.error().member == "JobStatus") {
            const sttj::Error too_long{ErrorCategory::Limit, strict.error().offset, "JobStatus longer than 64 bytes",
                                       "JobStatus"};
            RC_ASSERT(open.has_value() || open.error() == too_long);
        } else {
            RC_ASSERT(open == strict);
        }
    });
    rc::prop("malformed_error_document is rejected, or its code kept beside the problem", [] {
        const sttj::gen::MalformedDocument doc = *sttj::gen::malformed_error_document();
        const auto parsed = sttj::parse_error(doc.body, doc.error_type_header);
        if (parsed) {  // a code was read whole: the body's problem is beside it
            RC_ASSERT(parsed->body_problem.has_value());
            RC_ASSERT(parsed->body_problem->category == doc.category);
        } else {
            RC_ASSERT(parsed.error().category == doc.category);
        }
    });

    // Every category occurs for each parser.
    const auto categories = [](const rc::Gen<sttj::gen::MalformedDocument>& gen) {
        std::set<ErrorCategory> seen;
        for (const auto& doc : sample(gen, 1000)) seen.insert(doc.category);
        return seen.size();
    };
    CHECK(categories(sttj::gen::malformed_request_document()) == 5);
    CHECK(categories(sttj::gen::malformed_response_document()) == 5);
    CHECK(categories(sttj::gen::malformed_error_document()) == 5);
}
