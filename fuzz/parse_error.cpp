// Fuzz target: sttj::parse_error on arbitrary bytes.
// Input format: the first line (up to the first '\n') is the X-Amzn-Errortype
// header value, the rest is the body; an input without '\n' is all body and
// no header.
// Oracles (each aborts on failure):
//  - never crashes, hangs or reads out of bounds (the sanitizers watch);
//  - every error has an offset inside its input and a message;
//  - an accepted error has a non-empty code of at most 256 bytes without ':'
//    and a message of at most 1024 bytes; with a header its code is the
//    sanitized header;
//  - its canonical JSON parses (as a body, no header) to an equal value and
//    serializes to the same bytes; message_truncated and body_problem are
//    not compared, as they describe the parsed input, not the value;
//  - a body_problem is an error inside the body, and with a valid header
//    the result is never an error: the header's code is never lost;
//  - the header only picks the code: with any other valid header the result
//    is the same apart from the code, errors included;
//  - structure-aware half: sttj::fuzzing::Source's error responses round-trip.

#include <sttj/testing/fuzzing.hpp>

#include "common.hpp"

namespace {

bool is_printable_ascii(std::string_view text) {
    for (const char c : text) {
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7E) return false;
    }
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input = sttj_fuzz::as_text(data, size);
    const std::size_t newline = input.find('\n');
    const std::string_view header = newline == std::string_view::npos ? std::string_view{} : input.substr(0, newline);
    const std::string_view body = newline == std::string_view::npos ? input : input.substr(newline + 1);
    const auto parse = [](std::string_view json) {
        auto result = sttj::parse_error(json);
        if (result) result->message_truncated = false;
        return result;
    };

    const auto error = sttj::parse_error(body, header);
    if (error) {
        const std::string_view code = error->code.view();
        STTJ_FUZZ_CHECK(!code.empty() && code.size() <= sttj::error_code_capacity);
        STTJ_FUZZ_CHECK(code.find(':') == std::string_view::npos);
        if (!header.empty()) STTJ_FUZZ_CHECK(code == sttj::sanitize_error_code(header));
        if (error->message_truncated) STTJ_FUZZ_CHECK(error->message.has_value());
        if (error->body_problem) sttj_fuzz::check_error(*error->body_problem, body.size());
        sttj::ErrorResponse value = *error;
        value.message_truncated = false;
        value.body_problem.reset();
        sttj_fuzz::check_round_trip(value, parse);
    } else {
        const bool header_problem = error.error().member == sttj::wire::error_type_header && !header.empty();
        sttj_fuzz::check_error(error.error(), header_problem ? header.size() : body.size());
    }

    // A valid header whose sanitized code is fine: only the code may change.
    if (!header.empty() && is_printable_ascii(header) && !sttj::sanitize_error_code(header).empty() &&
        sttj::sanitize_error_code(header).size() <= sttj::error_code_capacity) {
        const auto other = sttj::parse_error(body, "Other");
        STTJ_FUZZ_CHECK(error.has_value() && other.has_value());
        if (error) {
            STTJ_FUZZ_CHECK(other->code.view() == "Other");
            STTJ_FUZZ_CHECK(error->message == other->message);
            STTJ_FUZZ_CHECK(error->message_truncated == other->message_truncated);
            STTJ_FUZZ_CHECK(error->body_problem == other->body_problem);
        } else {
            STTJ_FUZZ_CHECK(error.error() == other.error());
        }
    }

    sttj::fuzzing::Source source{data, size};
    sttj_fuzz::check_round_trip(source.error_response(), parse);
    return 0;
}
