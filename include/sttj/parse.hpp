#ifndef STTJ_PARSE_HPP
#define STTJ_PARSE_HPP

// Deserializers for StopTextTranslationJob requests and responses: strict
// RFC 8259, one pass, no recursion, no heap, constexpr. (parse_error.hpp
// reads error responses.)
//
//   auto request = sttj::parse_request(R"({"JobId": "5236d36c"})");
//   if (!request) log(sttj::to_string(request.error()));  // <sttj/error_format.hpp>
//   // for "{}": "schema error at byte 0 (JobId): missing required member"
//
// Errors come in a fixed order of precedence: the first syntax, encoding or
// limit error wins; a schema or constraint error is reported only for a
// document that is otherwise well-formed JSON.

#include <cstddef>
#include <optional>
#include <string_view>

#include "config.hpp"
#include "detail/isa.hpp"
#include "detail/json_reader.hpp"
#include "detail/read_members.hpp"
#include "error.hpp"
#include "inline_string.hpp"
#include "job_id.hpp"
#include "lenient.hpp"
#include "model.hpp"
#include "result.hpp"
#include "wire_names.hpp"

namespace sttj {

namespace detail::inline STTJ_DETAIL_RUN_TIME {
// The run-time code (impl/parse.ipp): the fast paths, else the definitions.
[[nodiscard]] STTJ_DETAIL_FUNC Result<StopTextTranslationJobRequest> parse_request_run_time(
    std::string_view json) noexcept;
[[nodiscard]] STTJ_DETAIL_FUNC Result<StopTextTranslationJobResponse> parse_response_run_time(std::string_view json,
                                                                                              StatusRule rule) noexcept;
[[nodiscard]] STTJ_DETAIL_FUNC Result<LenientStopTextTranslationJobResponse> parse_response_lenient_run_time(
    std::string_view json) noexcept;
}  // namespace detail::inline STTJ_DETAIL_RUN_TIME

// Everything below reaches the JobId validator: tagged (detail/isa.hpp).
namespace detail::inline STTJ_DETAIL_ISA {

/// parse_request's definition: the general reader, for any JSON layout.
[[nodiscard]] constexpr Result<StopTextTranslationJobRequest> parse_request_general(std::string_view json) noexcept {
    detail::JsonReader reader{json};
    std::optional<JobId> job_id;
    bool seen_job_id = false;
    reader.read_document([&](std::string_view name, std::size_t name_offset) {
        if (name != wire::job_id) return reader.skip_value(1);
        reader.set_member(wire::job_id);
        detail::mark_seen(reader, seen_job_id, name_offset);
        return detail::read_job_id(reader, job_id);
    });
    if (reader.has_error()) return Unexpected{reader.error()};
    if (!job_id) {
        return Unexpected{
            Error{ErrorCategory::Schema, detail::first_non_blank(json), "missing required member", wire::job_id}};
    }
    return StopTextTranslationJobRequest{*job_id};
}

/// parse_response's and parse_response_strict's definition: the general
/// reader, for any JSON layout.
[[nodiscard]] constexpr Result<StopTextTranslationJobResponse> parse_response_general(
    std::string_view json, StatusRule rule = StatusRule::KeepUnknown) noexcept {
    StopTextTranslationJobResponse response;
    detail::JsonReader reader{json};
    if (reader.is_blank()) return response;
    bool seen_job_id = false;
    bool seen_job_status = false;
    reader.read_document([&](std::string_view name, std::size_t name_offset) {
        if (name == wire::job_id) {
            reader.set_member(wire::job_id);
            detail::mark_seen(reader, seen_job_id, name_offset);
            return detail::read_job_id(reader, response.job_id);
        }
        if (name == wire::job_status) {
            reader.set_member(wire::job_status);
            detail::mark_seen(reader, seen_job_status, name_offset);
            return detail::read_job_status(reader, response.job_status, rule);
        }
        return reader.skip_value(1);
    });
    if (reader.has_error()) return Unexpected{reader.error()};
    return response;
}

/// parse_response_lenient's definition (it has no fast path).
[[nodiscard]] constexpr Result<LenientStopTextTranslationJobResponse> parse_response_lenient_general(
    std::string_view json) noexcept {
    detail::JsonReader reader{json};
    LenientStopTextTranslationJobResponse response;
    if (reader.is_blank()) return response;
    bool seen_job_id = false;
    bool seen_job_status = false;
    const auto read_member = [&](std::optional<InlineString<lenient_text_capacity>>& out) {
        const std::size_t value_offset = reader.position();
        detail::BoundedText<lenient_text_capacity> text;
        bool present = false;
        if (!detail::read_text(reader, text, present)) return false;
        if (text.overflow) return reader.fail(ErrorCategory::Limit, value_offset, "longer than 256 bytes");
        if (present) out = InlineString<lenient_text_capacity>::from(text.view());
        return true;
    };
    reader.read_document([&](std::string_view name, std::size_t name_offset) {
        if (name == wire::job_id) {
            reader.set_member(wire::job_id);
            detail::mark_seen(reader, seen_job_id, name_offset);
            return read_member(response.job_id);
        }
        if (name == wire::job_status) {
            reader.set_member(wire::job_status);
            detail::mark_seen(reader, seen_job_status, name_offset);
            return read_member(response.job_status);
        }
        return reader.skip_value(1);
    });
    if (reader.has_error()) return Unexpected{reader.error()};
    return response;
}

}  // namespace detail::inline STTJ_DETAIL_ISA

inline namespace STTJ_DETAIL_ISA {

/// Parses a StopTextTranslationJob request body, e.g. `{"JobId":"abc"}`.
/// JobId is required; unknown members are checked and skipped.
[[nodiscard]] constexpr Result<StopTextTranslationJobRequest> parse_request(std::string_view json) noexcept {
    STTJ_DETAIL_RUN_TIME_RETURN(detail::parse_request_run_time(json));
    return detail::parse_request_general(json);
}

/// Parses a StopTextTranslationJob response body, as a client should. Both
/// members are optional; an empty or all-whitespace body is a response with
/// no members (awsJson1_1). A JobStatus this library does not know is kept
/// (see OpenJobStatus); one longer than job_status_text_capacity is a Limit
/// error.
[[nodiscard]] constexpr Result<StopTextTranslationJobResponse> parse_response(std::string_view json) noexcept {
    STTJ_DETAIL_RUN_TIME_RETURN(detail::parse_response_run_time(json, detail::StatusRule::KeepUnknown));
    return detail::parse_response_general(json, detail::StatusRule::KeepUnknown);
}

/// Like parse_response, but checks the model's output constraints strictly,
/// for validators, mock endpoints and fuzzers: a JobStatus other than the
/// seven known ones is a Constraint error at its opening quote.
[[nodiscard]] constexpr Result<StopTextTranslationJobResponse> parse_response_strict(std::string_view json) noexcept {
    STTJ_DETAIL_RUN_TIME_RETURN(detail::parse_response_run_time(json, detail::StatusRule::RejectUnknown));
    return detail::parse_response_general(json, detail::StatusRule::RejectUnknown);
}

/// Like parse_response, but keeps JobId and JobStatus as text without
/// checking their constraints (see LenientStopTextTranslationJobResponse).
[[nodiscard]] constexpr Result<LenientStopTextTranslationJobResponse> parse_response_lenient(
    std::string_view json) noexcept {
    STTJ_DETAIL_RUN_TIME_RETURN(detail::parse_response_lenient_run_time(json));
    return detail::parse_response_lenient_general(json);
}

}  // inline namespace STTJ_DETAIL_ISA

}  // namespace sttj

#if !defined(STTJ_SEPARATE_COMPILATION)
#include "impl/parse.ipp"
#endif

#endif  // STTJ_PARSE_HPP
