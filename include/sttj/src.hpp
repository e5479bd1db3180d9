#ifndef STTJ_SRC_HPP
#define STTJ_SRC_HPP

// sttj's run-time code, compiled once. For programs built with
// STTJ_SEPARATE_COMPILATION defined in every translation unit (see
// config.hpp): include this header in exactly one .cpp file, e.g.
//
//   // sttj.cpp
//   #include <sttj/src.hpp>
//
// Each function below is the public function's run-time code; the public
// functions (declared constexpr in the headers) call them outside constant
// evaluation.

#if !defined(STTJ_SEPARATE_COMPILATION)
#error "<sttj/src.hpp> is for builds that define STTJ_SEPARATE_COMPILATION in every translation unit"
#endif

// The run-time code is only in the headers when this is defined before the
// first sttj header (config.hpp).
#if defined(STTJ_CONFIG_HPP)
#error "<sttj/src.hpp> must come before every other sttj header in its .cpp file"
#endif
#define STTJ_DETAIL_SOURCE_TU 1

#include <optional>
#include <string_view>

#include "sttj.hpp"

namespace sttj::detail {

std::optional<JobIdError> find_job_id_error_compiled(std::string_view utf8) noexcept {
    return find_job_id_error_inline(utf8);
}
bool is_valid_job_id_compiled(std::string_view utf8) noexcept { return is_valid_job_id_inline(utf8); }

Result<StopTextTranslationJobRequest> parse_request_compiled(std::string_view json) noexcept {
    return parse_request_inline(json);
}
Result<StopTextTranslationJobResponse> parse_response_compiled(std::string_view json) noexcept {
    return parse_response_inline(json);
}
Result<LenientStopTextTranslationJobResponse> parse_response_lenient_compiled(std::string_view json) noexcept {
    return parse_response_lenient_general(json);
}
Result<ErrorResponse> parse_error_compiled(std::string_view body, std::string_view error_type_header) noexcept {
    return parse_error_general(body, error_type_header);
}

Result<std::size_t> write_json_compiled(const StopTextTranslationJobRequest& request, OutputBuffer out) noexcept {
    return write_json_inline(request, out);
}
Result<std::size_t> write_json_compiled(const StopTextTranslationJobResponse& response, OutputBuffer out) noexcept {
    return write_json_inline(response, out);
}
Result<std::size_t> write_json_compiled(const LenientStopTextTranslationJobResponse& response,
                                        OutputBuffer out) noexcept {
    return write_json_inline(response, out);
}
Result<std::size_t> write_json_compiled(const ErrorResponse& error, OutputBuffer out) noexcept {
    return write_json_inline(error, out);
}

}  // namespace sttj::detail

#endif  // STTJ_SRC_HPP
