#ifndef STTJ_WIRE_NAMES_HPP
#define STTJ_WIRE_NAMES_HPP

#include <string_view>

/// The names that appear on the wire, each written once. (JobStatus values
/// live in job_status.hpp.)
namespace sttj::wire {

// JSON member names.
inline constexpr std::string_view job_id = "JobId";
inline constexpr std::string_view job_status = "JobStatus";
inline constexpr std::string_view error_type = "__type";
inline constexpr std::string_view error_code = "code";
inline constexpr std::string_view error_message = "message";
inline constexpr std::string_view error_message_capitalized = "Message";

// HTTP framing of the AWS JSON 1.1 protocol for this operation.
inline constexpr std::string_view http_method = "POST";
inline constexpr std::string_view http_path = "/";
inline constexpr std::string_view content_type_header = "Content-Type";
inline constexpr std::string_view content_type = "application/x-amz-json-1.1";
inline constexpr std::string_view target_header = "X-Amz-Target";
/// The service model's targetPrefix, a dot, and the operation name.
inline constexpr std::string_view target = "AWSShineFrontendService_20170701.StopTextTranslationJob";
inline constexpr std::string_view error_type_header = "X-Amzn-Errortype";

}  // namespace sttj::wire

#endif  // STTJ_WIRE_NAMES_HPP
