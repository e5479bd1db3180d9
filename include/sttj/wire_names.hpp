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
inline constexpr std::string_view host_header = "Host";
inline constexpr std::string_view content_length_header = "Content-Length";
/// The service's endpoint prefix: its host in a region is translate.<region>.<DNS suffix>.
inline constexpr std::string_view endpoint_prefix = "translate";
/// How an Error's member names the request line's method and path (HTTP/2's
/// pseudo-header names), which are not headers.
inline constexpr std::string_view method_member = ":method";
inline constexpr std::string_view path_member = ":path";

}  // namespace sttj::wire

#endif  // STTJ_WIRE_NAMES_HPP
