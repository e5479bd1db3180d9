// Fuzz target: sttj::parse_response, parse_response_strict and
// parse_response_lenient on arbitrary bytes.
// Oracles (each aborts on failure):
//  - never crashes, hangs or reads out of bounds (the sanitizers watch);
//  - every error has an offset inside the input and a message;
//  - an accepted response (open, strict or lenient) has canonical JSON that
//    parses to an equal value and serializes to the same bytes;
//  - the run-time fast paths give the general reader's answer exactly;
//  - the three agree: strict success is open success with the same value
//    and a known status; open success with a known or absent status is
//    strict success; open success is lenient success with the same text,
//    and lenient success with a valid JobId and a status of at most 64
//    bytes is open success; a syntax or encoding error is the same error in
//    all three (lenient only adds a Limit for text over 256 bytes);
//  - structure-aware half: the bytes read by sttj::fuzzing::Source give a
//    response that round-trips.

#include <sttj/testing/fuzzing.hpp>

#include "common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input = sttj_fuzz::as_text(data, size);
    const auto parse = [](std::string_view json) { return sttj::parse_response(json); };
    const auto parse_strict = [](std::string_view json) { return sttj::parse_response_strict(json); };
    const auto parse_lenient = [](std::string_view json) { return sttj::parse_response_lenient(json); };

    const auto open = sttj::parse_response(input);
    STTJ_FUZZ_CHECK(open == sttj::detail::parse_response_general(input));
    const auto strict = sttj::parse_response_strict(input);
    STTJ_FUZZ_CHECK(strict == sttj::detail::parse_response_general(input, sttj::detail::StatusRule::RejectUnknown));
    const auto lenient = sttj::parse_response_lenient(input);

    if (strict) {
        STTJ_FUZZ_CHECK(open == strict);
        STTJ_FUZZ_CHECK(!strict->job_status || strict->job_status->known().has_value());
        sttj_fuzz::check_round_trip(*strict, parse_strict);
    } else {
        sttj_fuzz::check_error(strict.error(), size);
    }

    if (open) {
        if (open->job_id) STTJ_FUZZ_CHECK(sttj::is_valid_job_id(open->job_id->view()));
        sttj_fuzz::check_round_trip(*open, parse);
        if (!open->job_status || open->job_status->known()) STTJ_FUZZ_CHECK(strict == open);

        STTJ_FUZZ_CHECK(lenient.has_value());
        STTJ_FUZZ_CHECK(open->job_id.has_value() == lenient->job_id.has_value());
        if (open->job_id) STTJ_FUZZ_CHECK(open->job_id->view() == lenient->job_id->view());
        STTJ_FUZZ_CHECK(open->job_status.has_value() == lenient->job_status.has_value());
        if (open->job_status) STTJ_FUZZ_CHECK(open->job_status->wire_name() == lenient->job_status->view());
        STTJ_FUZZ_CHECK((open->job_status ? open->job_status->known() : std::nullopt) == lenient->known_job_status());
    } else {
        sttj_fuzz::check_error(open.error(), size);
        STTJ_FUZZ_CHECK(!strict.has_value());
        const bool status_too_long = open.error().message == "JobStatus longer than 64 bytes";  // lenient keeps 256
        if (sttj_fuzz::is_fatal(open.error().category) && !status_too_long) STTJ_FUZZ_CHECK(!lenient.has_value());
    }

    if (lenient) {
        sttj_fuzz::check_round_trip(*lenient, parse_lenient);
        const bool id_ok = !lenient->job_id || sttj::is_valid_job_id(lenient->job_id->view());
        const bool status_fits = !lenient->job_status || lenient->job_status->size() <= sttj::job_status_text_capacity;
        if (id_ok && status_fits) STTJ_FUZZ_CHECK(open.has_value());
    } else {
        sttj_fuzz::check_error(lenient.error(), size);
        const auto category = lenient.error().category;
        if (category == sttj::ErrorCategory::Syntax || category == sttj::ErrorCategory::Encoding) {
            STTJ_FUZZ_CHECK(!open.has_value() && open.error() == lenient.error());
            STTJ_FUZZ_CHECK(!strict.has_value() && strict.error() == lenient.error());
        }
    }

    sttj::fuzzing::Source source{data, size};
    sttj_fuzz::check_round_trip(source.response(), parse);
    return 0;
}
