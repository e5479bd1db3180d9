// Fuzz target: sttj::parse_request on arbitrary bytes.
// Oracles (each aborts on failure):
//  - never crashes, hangs or reads out of bounds (the sanitizers watch);
//  - every error has an offset inside the input and a message;
//  - an accepted request holds a valid JobId, and its canonical JSON parses
//    to an equal request and serializes to the same bytes;
//  - the run-time fast paths give the general reader's answer exactly;
//  - parse_request and parse_response agree on syntax, encoding and limit
//    errors (same error, same offset): they share one reader; the one
//    exception is the response's JobStatus length limit;
//  - structure-aware half: the same bytes read by sttj::fuzzing::Source give
//    a request that round-trips.

#include <sttj/testing/fuzzing.hpp>

#include "common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input = sttj_fuzz::as_text(data, size);
    const auto parse = [](std::string_view json) { return sttj::parse_request(json); };

    const auto request = sttj::parse_request(input);
    STTJ_FUZZ_CHECK(request == sttj::detail::parse_request_general(input));
    if (request) {
        STTJ_FUZZ_CHECK(sttj::is_valid_job_id(request->job_id.view()));
        sttj_fuzz::check_round_trip(*request, parse);
    } else {
        sttj_fuzz::check_error(request.error(), size);
    }

    if (!sttj_fuzz::is_blank(input)) {
        const auto response = sttj::parse_response(input);
        const bool request_fatal = !request && sttj_fuzz::is_fatal(request.error().category);
        const bool response_fatal = !response && sttj_fuzz::is_fatal(response.error().category);
        // One limit is the response's own: a JobStatus text over 64 bytes.
        // parse_request skips JobStatus as an unknown member, so it reports
        // whatever else is wrong (a failure would have won in both). Other
        // limits inside JobStatus (nesting depth) are both parsers'.
        const bool status_limit = !response && response.error().category == sttj::ErrorCategory::Limit &&
                                  response.error().member == "JobStatus" &&
                                  response.error().message == "JobStatus longer than 64 bytes";
        STTJ_FUZZ_CHECK(request_fatal == (response_fatal && !status_limit));
        // Same problem at the same place; `member` may differ: parse_request
        // does not name JobStatus, an unknown member to it.
        if (request_fatal) {
            STTJ_FUZZ_CHECK(request.error().category == response.error().category);
            STTJ_FUZZ_CHECK(request.error().offset == response.error().offset);
            STTJ_FUZZ_CHECK(request.error().message == response.error().message);
        }
    }

    sttj::fuzzing::Source source{data, size};
    sttj_fuzz::check_round_trip(source.request(), parse);
    return 0;
}
