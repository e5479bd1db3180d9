// Fuzz target: sttj::parse_response and sttj::parse_response_lenient on
// arbitrary bytes.
// Oracles (each aborts on failure):
//  - never crashes, hangs or reads out of bounds (the sanitizers watch);
//  - every error has an offset inside the input and a message;
//  - an accepted response (strict or lenient) has canonical JSON that parses
//    to an equal value and serializes to the same bytes;
//  - the run-time fast paths give the general reader's answer exactly;
//  - strict and lenient agree: strict success implies lenient success with
//    the same text; lenient success with a valid JobId and a known status
//    implies strict success; a lenient syntax/encoding error is the strict
//    error too (lenient only adds a Limit for text over 256 bytes);
//  - structure-aware half: the bytes read by sttj::fuzzing::Source give a
//    response that round-trips.

#include <sttj/testing/fuzzing.hpp>

#include "common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input = sttj_fuzz::as_text(data, size);
    const auto parse = [](std::string_view json) { return sttj::parse_response(json); };
    const auto parse_lenient = [](std::string_view json) { return sttj::parse_response_lenient(json); };

    const auto strict = sttj::parse_response(input);
    STTJ_FUZZ_CHECK(strict == sttj::detail::parse_response_general(input));
    const auto lenient = sttj::parse_response_lenient(input);

    if (strict) {
        if (strict->job_id) STTJ_FUZZ_CHECK(sttj::is_valid_job_id(strict->job_id->view()));
        sttj_fuzz::check_round_trip(*strict, parse);

        STTJ_FUZZ_CHECK(lenient.has_value());
        STTJ_FUZZ_CHECK(strict->job_id.has_value() == lenient->job_id.has_value());
        if (strict->job_id) STTJ_FUZZ_CHECK(strict->job_id->view() == lenient->job_id->view());
        STTJ_FUZZ_CHECK(strict->job_status == lenient->known_job_status());
        STTJ_FUZZ_CHECK(strict->job_status.has_value() == lenient->job_status.has_value());
    } else {
        sttj_fuzz::check_error(strict.error(), size);
        if (sttj_fuzz::is_fatal(strict.error().category)) STTJ_FUZZ_CHECK(!lenient.has_value());
    }

    if (lenient) {
        sttj_fuzz::check_round_trip(*lenient, parse_lenient);
        const bool id_ok = !lenient->job_id || sttj::is_valid_job_id(lenient->job_id->view());
        const bool status_ok = !lenient->job_status || lenient->known_job_status().has_value();
        if (id_ok && status_ok) STTJ_FUZZ_CHECK(strict.has_value());
    } else {
        sttj_fuzz::check_error(lenient.error(), size);
        const auto category = lenient.error().category;
        if (category == sttj::ErrorCategory::Syntax || category == sttj::ErrorCategory::Encoding) {
            STTJ_FUZZ_CHECK(!strict.has_value() && strict.error() == lenient.error());
        }
    }

    sttj::fuzzing::Source source{data, size};
    sttj_fuzz::check_round_trip(source.response(), parse);
    return 0;
}
