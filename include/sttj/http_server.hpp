#ifndef STTJ_HTTP_SERVER_HPP
#define STTJ_HTTP_SERVER_HPP

// The service's side of StopTextTranslationJob over AWS JSON 1.1, for a mock
// endpoint, a proxy or a fuzzing harness: check an incoming request and read
// its body, then build the reply. (protocol.hpp has the client's side.)
//
//   auto request = sttj::read_http_request(method, path, headers, body);
//   sttj::HttpResponse reply =
//       request ? sttj::make_http_response({request->job_id, sttj::JobStatus::StopRequested})
//               : sttj::make_http_error_response(sttj::KnownError::ValidationError, request.error().message);

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "detail/isa.hpp"
#include "error.hpp"
#include "error_response.hpp"
#include "inline_string.hpp"
#include "model.hpp"
#include "parse.hpp"
#include "protocol.hpp"
#include "result.hpp"
#include "serialize.hpp"
#include "wire_names.hpp"

namespace sttj {

namespace detail {

/// A field value without the spaces and tabs around it, which are not part
/// of the value (RFC 9110, 5.5), and the offset where it starts.
struct Trimmed {
    std::string_view text;
    std::size_t offset;
};

}  // namespace detail

// The helpers below: tagged (detail/isa.hpp), as their code may differ by
// instruction set.
namespace detail::inline STTJ_DETAIL_ISA {

[[nodiscard]] constexpr char ascii_lower(char c) noexcept {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

/// The length of the common prefix of `text` and `expected`: the offset of
/// the first byte that differs, or where the shorter one ends.
[[nodiscard]] constexpr std::size_t common_prefix(std::string_view text, std::string_view expected,
                                                  bool ignore_case = false) noexcept {
    std::size_t i = 0;
    while (i < text.size() && i < expected.size() &&
           (ignore_case ? ascii_lower(text[i]) == ascii_lower(expected[i]) : text[i] == expected[i])) {
        ++i;
    }
    return i;
}

/// Header names are case-insensitive (RFC 9110, 5.1).
[[nodiscard]] constexpr bool same_header_name(std::string_view a, std::string_view b) noexcept {
    return a.size() == b.size() && common_prefix(a, b, true) == a.size();
}

/// `value` without the spaces and tabs around it.
[[nodiscard]] constexpr Trimmed trim_ows(std::string_view value) noexcept {
    std::size_t begin = 0;
    std::size_t end = value.size();
    while (begin < end && (value[begin] == ' ' || value[begin] == '\t')) ++begin;
    while (end > begin && (value[end - 1] == ' ' || value[end - 1] == '\t')) --end;
    return {value.substr(begin, end - begin), begin};
}

[[nodiscard]] constexpr Error protocol_error(std::size_t offset, std::string_view message,
                                             std::string_view member) noexcept {
    return Error{ErrorCategory::Protocol, offset, message, member};
}

/// The one header named `name` (nullptr if absent), or an error if it is there twice.
[[nodiscard]] inline Result<const HttpHeader*> find_single_header(std::span<const HttpHeader> headers,
                                                                  std::string_view name) noexcept {
    const HttpHeader* found = nullptr;
    for (const HttpHeader& header : headers) {
        if (!same_header_name(header.name, name)) continue;
        if (found) return Unexpected{protocol_error(0, "header given more than once", name)};
        found = &header;
    }
    return found;
}

/// The header named `name`, which must be there once.
[[nodiscard]] inline Result<const HttpHeader*> find_required_header(std::span<const HttpHeader> headers,
                                                                    std::string_view name) noexcept {
    const Result<const HttpHeader*> found = find_single_header(headers, name);
    if (found && !*found) return Unexpected{protocol_error(0, "missing header", name)};
    return found;
}

/// The X-Amzn-Errortype value that parse_error reads back as `code`: with a
/// leading '#' if the code holds one, as write_json writes __type. nullopt
/// for a code HTTP cannot carry unchanged: a control, non-ASCII, or a space
/// at either end (HTTP trims those; one inside is kept).
[[nodiscard]] inline std::optional<std::string> error_type_header_value(std::string_view code) {
    std::string value = code.find('#') == std::string_view::npos ? std::string{code} : "#" + std::string{code};
    for (const char c : value) {
        if (c < ' ' || c > '~') return std::nullopt;
    }
    if (value.empty() || value.front() == ' ' || value.back() == ' ') return std::nullopt;
    return value;
}

}  // namespace detail::inline STTJ_DETAIL_ISA

inline namespace STTJ_DETAIL_ISA {  // calls parse_request and to_json: tagged (detail/isa.hpp)

/// Checks an incoming StopTextTranslationJob request, then reads its body
/// with parse_request. `path` is the request target as received (a query
/// makes it wrong); `headers` are all of the request's, any order, names in
/// any case. The first problem in this order is the answer, each a Protocol
/// error:
///   method      not exactly POST                   member ":method"
///   path        not exactly /                      member ":path"
///   X-Amz-Target missing, repeated, or not this operation's target, exactly
///   Content-Type missing, repeated, or not application/x-amz-json-1.1;
///               parameters (`; charset=utf-8`) are ignored, as Smithy's
///               server tests require, and the media type is compared
///               case-insensitively (RFC 9110, 8.3.1)
///   Content-Length repeated, or not the body's size (absent is fine: the
///               HTTP layer may have framed the body otherwise)
/// Spaces and tabs around a header value are ignored. The offset of a header
/// problem counts in that header's value as given (0 when it is missing or
/// repeated), of a method or path problem in that text; the member is the
/// header's name as wire_names.hpp spells it. Then the body: an empty one is
/// read as `{}` (servers must accept it, so the answer is a missing JobId),
/// and parse_request's errors keep their categories and body offsets.
/// Host is not checked.
[[nodiscard]] inline Result<StopTextTranslationJobRequest> read_http_request(std::string_view method,
                                                                             std::string_view path,
                                                                             std::span<const HttpHeader> headers,
                                                                             std::string_view body) noexcept {
    if (method != wire::http_method) {
        return Unexpected{detail::protocol_error(detail::common_prefix(method, wire::http_method), "must be POST",
                                                 wire::method_member)};
    }
    if (path != wire::http_path) {
        return Unexpected{
            detail::protocol_error(detail::common_prefix(path, wire::http_path), "must be /", wire::path_member)};
    }

    const Result<const HttpHeader*> target = detail::find_required_header(headers, wire::target_header);
    if (!target) return Unexpected{target.error()};
    if (const auto value = detail::trim_ows((*target)->value); value.text != wire::target) {
        return Unexpected{detail::protocol_error(value.offset + detail::common_prefix(value.text, wire::target),
                                                 "not the target of StopTextTranslationJob", wire::target_header)};
    }

    const Result<const HttpHeader*> content_type = detail::find_required_header(headers, wire::content_type_header);
    if (!content_type) return Unexpected{content_type.error()};
    {
        const auto value = detail::trim_ows((*content_type)->value);
        const auto media_type = detail::trim_ows(value.text.substr(0, value.text.find(';')));
        const std::size_t same = detail::common_prefix(media_type.text, wire::content_type, true);
        if (same != media_type.text.size() || same != wire::content_type.size()) {
            return Unexpected{detail::protocol_error(value.offset + media_type.offset + same,
                                                     "not the AWS JSON 1.1 media type", wire::content_type_header)};
        }
    }

    const Result<const HttpHeader*> content_length = detail::find_single_header(headers, wire::content_length_header);
    if (!content_length) return Unexpected{content_length.error()};
    if (*content_length) {
        const auto value = detail::trim_ows((*content_length)->value);
        if (value.text.empty()) {
            return Unexpected{
                detail::protocol_error(value.offset, "not a decimal number", wire::content_length_header)};
        }
        std::size_t length = 0;
        bool too_large = false;
        for (std::size_t i = 0; i < value.text.size(); ++i) {
            if (!detail::is_ascii_digit(value.text[i])) {
                return Unexpected{
                    detail::protocol_error(value.offset + i, "not a decimal number", wire::content_length_header)};
            }
            const auto digit = static_cast<std::size_t>(value.text[i] - '0');
            // length * 10 + digit > body.size(), without overflow:
            too_large = too_large || digit > body.size() || length > (body.size() - digit) / 10;
            if (!too_large) length = length * 10 + digit;
        }
        if (too_large || length != body.size()) {
            return Unexpected{
                detail::protocol_error(value.offset, "not the size of the body", wire::content_length_header)};
        }
    }

    return parse_request(body.empty() ? std::string_view{"{}"} : body);
}

/// The success reply: 200, Content-Type, Content-Length, body to_json(response).
[[nodiscard]] inline HttpResponse make_http_response(const StopTextTranslationJobResponse& response) {
    std::string body = to_json(response);
    const std::string length = std::to_string(body.size());
    return HttpResponse{
        200,
        detail::make_headers({{wire::content_type_header, wire::content_type}, {wire::content_length_header, length}}),
        std::move(body)};
}

/// An error reply with the status the caller chooses (nothing here knows the
/// status of a code outside known_errors): Content-Type, Content-Length,
/// X-Amzn-Errortype, body to_json(error), `{"__type":"<code>","message":...}`.
/// A code holding '#' goes in the header as write_json writes it in the body,
/// with a leading '#', so that parse_error reads back the same code from
/// either (it keeps what follows the first '#'); a code holding ':' cannot
/// read back whole (parse_error cuts it there). A code with a control, a
/// non-ASCII byte or a space at either end is sent in the body only, which
/// the protocol allows. `error.code` must not be empty. message_truncated is not sent.
[[nodiscard]] inline HttpResponse make_http_error_response(const ErrorResponse& error, int status) {
    std::string body = to_json(error);
    const std::string length = std::to_string(body.size());
    const detail::HeaderText content_type{wire::content_type_header, wire::content_type};
    const detail::HeaderText content_length{wire::content_length_header, length};
    const std::optional<std::string> code = detail::error_type_header_value(error.code.view());
    return HttpResponse{status,
                        code ? detail::make_headers({content_type, content_length, {wire::error_type_header, *code}})
                             : detail::make_headers({content_type, content_length}),
                        std::move(body)};
}

/// A known error's reply, with the status error_info(error) gives, and no message.
[[nodiscard]] inline HttpResponse make_http_error_response(KnownError error) {
    ErrorResponse response;
    response.code = *InlineString<error_code_capacity>::from(error_info(error).code);
    return make_http_error_response(response, error_info(error).http_status);
}

/// A known error's reply with a message (UTF-8). A message longer than
/// error_message_capacity (1024 bytes) is cut at the last UTF-8 character
/// boundary within it, as parse_error would cut it.
[[nodiscard]] inline HttpResponse make_http_error_response(KnownError error, std::string_view message) {
    ErrorResponse response;
    response.code = *InlineString<error_code_capacity>::from(error_info(error).code);
    if (message.size() > error_message_capacity) {
        std::size_t size = error_message_capacity;
        while (size > 0 && (static_cast<unsigned char>(message[size]) & 0xC0) == 0x80) --size;
        message = message.substr(0, size);
        response.message_truncated = true;
    }
    response.message = InlineString<error_message_capacity>::from(message);
    return make_http_error_response(response, error_info(error).http_status);
}

}  // inline namespace STTJ_DETAIL_ISA

}  // namespace sttj

#endif  // STTJ_HTTP_SERVER_HPP
