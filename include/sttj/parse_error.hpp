#ifndef STTJ_PARSE_ERROR_HPP
#define STTJ_PARSE_ERROR_HPP

// The deserializer for AWS JSON 1.1 error responses: the error code from
// the X-Amzn-Errortype header or the body, and the message.
//
//   auto error = sttj::parse_error(body, header_value);  // header_value may be empty
//   if (error && error->code.view() == "TooManyRequestsException") retry();

#include <cstddef>
#include <optional>
#include <string_view>

#include "config.hpp"
#include "detail/isa.hpp"
#include "detail/json_reader.hpp"
#include "detail/read_members.hpp"
#include "error.hpp"
#include "error_response.hpp"
#include "inline_string.hpp"
#include "result.hpp"
#include "wire_names.hpp"

namespace sttj {

namespace detail::inline STTJ_DETAIL_RUN_TIME {
// The run-time code (impl/parse_error.ipp).
[[nodiscard]] STTJ_DETAIL_FUNC Result<ErrorResponse> parse_error_run_time(std::string_view body,
                                                                          std::string_view error_type_header) noexcept;
}  // namespace detail::inline STTJ_DETAIL_RUN_TIME

namespace detail {
// A member of an error body: its string value, `whole` once read to its
// closing quote.
template <class Text>
struct ErrorMember {
    Text text = {};
    bool present = false;
    bool whole = false;
    bool seen = false;
    std::size_t offset = 0;
    std::string_view name;
};
}  // namespace detail

namespace detail::inline STTJ_DETAIL_ISA {

/// parse_error's definition (it has no fast path).
[[nodiscard]] constexpr Result<ErrorResponse> parse_error_general(std::string_view body,
                                                                  std::string_view error_type_header) noexcept {
    // Raw codes can carry a namespace and a URI; 512 bytes keep any real one whole.
    using RawCode = detail::BoundedText<512>;
    using Message = detail::BoundedText<error_message_capacity>;
    ErrorMember<RawCode> code{.name = wire::error_code};
    ErrorMember<RawCode> type{.name = wire::error_type};
    ErrorMember<Message> message{.name = wire::error_message};
    ErrorMember<Message> message_capitalized{.name = wire::error_message_capitalized};

    detail::JsonReader reader{body};
    if (!reader.is_blank()) {
        const auto read = [&reader](auto& member, std::size_t name_offset) {
            reader.set_member(member.name);
            detail::mark_seen(reader, member.seen, name_offset);
            member.offset = reader.position();
            member.whole = detail::read_text(reader, member.text, member.present) && member.present;
            return member.whole || !reader.failed();
        };
        reader.read_document([&](std::string_view name, std::size_t name_offset) {
            if (name == code.name) return read(code, name_offset);
            if (name == type.name) return read(type, name_offset);
            if (name == message.name) return read(message, name_offset);
            if (name == message_capitalized.name) return read(message_capitalized, name_offset);
            return reader.skip_value(1);
        });
    }
    // A body that is not a well-formed error document still gives what was
    // read whole before its problem, except the member the problem is in:
    // a proxy's HTML page or a cut body must not hide the header's code.
    const std::optional<Error> body_problem = reader.has_error() ? std::optional<Error>{reader.error()} : std::nullopt;
    const auto usable = [&body_problem](const auto& member) {
        return member.whole && !(body_problem && body_problem->member == member.name);
    };

    // Pick the source of the code, in the order the protocol fixes.
    std::string_view raw_code;
    std::string_view member = wire::error_type_header;
    std::size_t offset = 0;
    bool cut_short = false;
    if (!error_type_header.empty()) {
        for (std::size_t i = 0; i < error_type_header.size(); ++i) {
            const auto byte = static_cast<unsigned char>(error_type_header[i]);
            if (byte < 0x20 || byte > 0x7E) {
                return Unexpected{Error{ErrorCategory::Constraint, i, "header value must be printable ASCII",
                                        wire::error_type_header}};
            }
        }
        raw_code = error_type_header;
    } else if (const ErrorMember<RawCode>* source = usable(code) ? &code : usable(type) ? &type : nullptr) {
        raw_code = source->text.view();
        member = source->name;
        offset = source->offset;
        cut_short = source->text.overflow;
    } else if (body_problem) {
        return Unexpected{*body_problem};
    } else {
        return Unexpected{Error{ErrorCategory::Schema, 0,
                                "no error code: no X-Amzn-Errortype header and no top-level code or __type member"}};
    }

    // A raw code cut short is still whole once sanitized if its ':' was kept.
    const std::string_view sanitized = sanitize_error_code(raw_code);
    const bool too_long =
        (cut_short && raw_code.find(':') == std::string_view::npos) || sanitized.size() > error_code_capacity;
    if (too_long || sanitized.empty()) {
        // A body code that cannot be used is no code: the body's own problem
        // is the one to report.
        if (body_problem && member != wire::error_type_header) return Unexpected{*body_problem};
        if (too_long)
            return Unexpected{Error{ErrorCategory::Limit, offset, "error code longer than 256 bytes", member}};
        return Unexpected{Error{ErrorCategory::Schema, offset, "empty error code", member}};
    }

    ErrorResponse response;
    response.code = *InlineString<error_code_capacity>::from(sanitized);
    if (const ErrorMember<Message>* chosen = usable(message)               ? &message
                                             : usable(message_capitalized) ? &message_capitalized
                                                                           : nullptr) {
        response.message = InlineString<error_message_capacity>::from(chosen->text.view());
        response.message_truncated = chosen->text.overflow;
    }
    response.body_problem = body_problem;
    return response;
}

}  // namespace detail::inline STTJ_DETAIL_ISA

inline namespace STTJ_DETAIL_ISA {

/// Parses an AWS JSON 1.1 error response. The code comes from the
/// `X-Amzn-Errortype` header if given, else the body's top-level `code`, else
/// its top-level `__type` (never a nested one), sanitized as awsJson1_1
/// requires (see sanitize_error_code). The message comes from `message`, else
/// `Message`. An empty body is allowed. Offsets of header problems count in
/// the header value, and such errors name the header as their member.
///
/// A code the response carries is never lost to a problem in the body (a
/// proxy's HTML page, a cut body, a mistyped `message`): the result then
/// holds the code, the members read whole before the problem, and the
/// problem in ErrorResponse::body_problem. With no header and no code read
/// whole, the body's problem is the error.
[[nodiscard]] constexpr Result<ErrorResponse> parse_error(std::string_view body,
                                                          std::string_view error_type_header = {}) noexcept {
    STTJ_DETAIL_RUN_TIME_RETURN(detail::parse_error_run_time(body, error_type_header));
    return detail::parse_error_general(body, error_type_header);
}

}  // inline namespace STTJ_DETAIL_ISA

}  // namespace sttj

#if !defined(STTJ_SEPARATE_COMPILATION)
#include "impl/parse_error.ipp"
#endif

#endif  // STTJ_PARSE_ERROR_HPP
