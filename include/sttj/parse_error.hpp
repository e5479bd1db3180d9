#ifndef STTJ_PARSE_ERROR_HPP
#define STTJ_PARSE_ERROR_HPP

// The deserializer for AWS JSON 1.1 error responses: the error code from
// the X-Amzn-Errortype header or the body, and the message.
//
//   auto error = sttj::parse_error(body, header_value);  // header_value may be empty
//   if (error && error->code.view() == "TooManyRequestsException") retry();

#include <cstddef>
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

namespace detail::inline STTJ_DETAIL_ISA {

/// parse_error's definition (it has no fast path).
[[nodiscard]] constexpr Result<ErrorResponse> parse_error_general(std::string_view body,
                                                                  std::string_view error_type_header) noexcept {
    // Raw codes can carry a namespace and a URI; 512 bytes keep any real one whole.
    using RawCode = detail::BoundedText<512>;
    struct RawMember {
        RawCode text;
        bool present = false;
        bool seen = false;
        std::size_t offset = 0;
        std::string_view name;
    };
    RawMember code;
    code.name = wire::error_code;
    RawMember type;
    type.name = wire::error_type;
    detail::BoundedText<error_message_capacity> message;
    detail::BoundedText<error_message_capacity> message_capitalized;
    bool has_message = false;
    bool has_message_capitalized = false;
    bool seen_message = false;
    bool seen_message_capitalized = false;

    detail::JsonReader reader{body};
    if (!reader.is_blank()) {
        reader.read_document([&](std::string_view name, std::size_t name_offset) {
            for (RawMember* raw : {&code, &type}) {
                if (name != raw->name) continue;
                reader.set_member(raw->name);
                detail::mark_seen(reader, raw->seen, name_offset);
                raw->offset = reader.position();
                return detail::read_text(reader, raw->text, raw->present);
            }
            if (name == wire::error_message) {
                reader.set_member(wire::error_message);
                detail::mark_seen(reader, seen_message, name_offset);
                return detail::read_text(reader, message, has_message);
            }
            if (name == wire::error_message_capitalized) {
                reader.set_member(wire::error_message_capitalized);
                detail::mark_seen(reader, seen_message_capitalized, name_offset);
                return detail::read_text(reader, message_capitalized, has_message_capitalized);
            }
            return reader.skip_value(1);
        });
        if (reader.has_error()) return Unexpected{reader.error()};
    }

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
    } else if (const RawMember* source = code.present ? &code : type.present ? &type : nullptr) {
        raw_code = source->text.view();
        member = source->name;
        offset = source->offset;
        cut_short = source->text.overflow;
    } else {
        return Unexpected{Error{ErrorCategory::Schema, 0,
                                "no error code: no X-Amzn-Errortype header and no top-level code or __type member"}};
    }

    // A raw code cut short is still whole once sanitized if its ':' was kept.
    const std::string_view sanitized = sanitize_error_code(raw_code);
    if ((cut_short && raw_code.find(':') == std::string_view::npos) || sanitized.size() > error_code_capacity) {
        return Unexpected{Error{ErrorCategory::Limit, offset, "error code longer than 256 bytes", member}};
    }
    if (sanitized.empty()) return Unexpected{Error{ErrorCategory::Schema, offset, "empty error code", member}};

    ErrorResponse response;
    response.code = *InlineString<error_code_capacity>::from(sanitized);
    const auto& chosen_message = has_message ? message : message_capitalized;
    if (has_message || has_message_capitalized) {
        response.message = InlineString<error_message_capacity>::from(chosen_message.view());
        response.message_truncated = chosen_message.overflow;
    }
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
