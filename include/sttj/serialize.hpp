#ifndef STTJ_SERIALIZE_HPP
#define STTJ_SERIALIZE_HPP

// Serializers producing RFC 8785 canonical JSON: no whitespace, members in
// sorted order, absent optionals omitted, minimal escaping.
//
//   char buffer[sttj::max_json_size<sttj::StopTextTranslationJobRequest>];
//   auto written = sttj::write_json(request, buffer);   // no allocation
//   std::string text = sttj::to_json(request);           // {"JobId":"..."}

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "detail/json_writer.hpp"
#include "error_response.hpp"
#include "job_id.hpp"
#include "lenient.hpp"
#include "model.hpp"
#include "result.hpp"
#include "wire_names.hpp"

namespace sttj {

namespace detail {

// Bytes of `"name":` plus a quoted value of at most `value_bytes` bytes.
[[nodiscard]] constexpr std::size_t member_size(std::string_view name, std::size_t value_bytes) noexcept {
    return name.size() + 2 + 1 + value_bytes + 2;
}

inline constexpr std::size_t longest_job_status_name = 20;  // COMPLETED_WITH_ERROR

template <class T>
struct JsonSizeBound;

template <>
struct JsonSizeBound<StopTextTranslationJobRequest> {
    // A valid JobId needs no escaping: its characters are never controls, '"' or '\'.
    static constexpr std::size_t value = 2 + member_size(wire::job_id, job_id_max_bytes);
};
template <>
struct JsonSizeBound<StopTextTranslationJobResponse> {
    static constexpr std::size_t value =
        2 + member_size(wire::job_id, job_id_max_bytes) + 1 + member_size(wire::job_status, longest_job_status_name);
};
template <>
struct JsonSizeBound<LenientStopTextTranslationJobResponse> {
    static constexpr std::size_t value = 2 + member_size(wire::job_id, json_escape_factor * lenient_text_capacity) +
                                         1 + member_size(wire::job_status, json_escape_factor * lenient_text_capacity);
};
template <>
struct JsonSizeBound<ErrorResponse> {
    static constexpr std::size_t value = 2 + member_size(wire::error_type, json_escape_factor * error_code_capacity) +
                                         1 +
                                         member_size(wire::error_message, json_escape_factor * error_message_capacity);
};

// Writes `{`, then each present member in the given (sorted) order, then `}`.
constexpr void write_member(JsonWriter& writer, bool& first, std::string_view name, std::string_view value) noexcept {
    writer.raw(first ? "{" : ",");
    first = false;
    writer.string(name);
    writer.raw(":");
    writer.string(value);
}

constexpr Result<std::size_t> finish(JsonWriter& writer, bool first) noexcept {
    writer.raw(first ? "{}" : "}");
    if (writer.overflowed()) {
        return Unexpected{Error{ErrorCategory::Limit, writer.size(), "output buffer too small"}};
    }
    return writer.size();
}

}  // namespace detail

/// The most bytes write_json can produce for a T: a buffer this big never overflows.
template <class T>
inline constexpr std::size_t max_json_size = detail::JsonSizeBound<T>::value;

/// Writes the canonical JSON of a request into `out`; returns the byte count,
/// or a Limit error if `out` is too small (its contents are then unspecified).
constexpr Result<std::size_t> write_json(const StopTextTranslationJobRequest& request, std::span<char> out) noexcept {
    detail::JsonWriter writer{out};
    bool first = true;
    detail::write_member(writer, first, wire::job_id, request.job_id.view());
    return detail::finish(writer, first);
}

constexpr Result<std::size_t> write_json(const StopTextTranslationJobResponse& response,
                                         std::span<char> out) noexcept {
    detail::JsonWriter writer{out};
    bool first = true;
    if (response.job_id) detail::write_member(writer, first, wire::job_id, response.job_id->view());
    if (response.job_status) detail::write_member(writer, first, wire::job_status, to_string(*response.job_status));
    return detail::finish(writer, first);
}

constexpr Result<std::size_t> write_json(const LenientStopTextTranslationJobResponse& response,
                                         std::span<char> out) noexcept {
    detail::JsonWriter writer{out};
    bool first = true;
    if (response.job_id) detail::write_member(writer, first, wire::job_id, response.job_id->view());
    if (response.job_status) detail::write_member(writer, first, wire::job_status, response.job_status->view());
    return detail::finish(writer, first);
}

/// `{"__type":"<code>","message":"<message>"}`, the message omitted when absent.
/// A code holding '#' is written with a leading '#' ("b#c" as "#b#c"):
/// parse_error keeps only what follows the first '#', so this reads back as
/// the same code. (It stays within max_json_size: a '#' is never escaped.)
constexpr Result<std::size_t> write_json(const ErrorResponse& error, std::span<char> out) noexcept {
    detail::JsonWriter writer{out};
    bool first = true;
    const std::string_view code = error.code.view();
    if (code.find('#') == std::string_view::npos) {
        detail::write_member(writer, first, wire::error_type, code);
    } else {
        char prefixed[error_code_capacity + 1] = {'#'};
        for (std::size_t i = 0; i < code.size(); ++i) prefixed[i + 1] = code[i];
        detail::write_member(writer, first, wire::error_type, {prefixed, code.size() + 1});
    }
    if (error.message) detail::write_member(writer, first, wire::error_message, error.message->view());
    return detail::finish(writer, first);
}

/// The canonical JSON of a request, response or error as a std::string.
template <class T>
[[nodiscard]] std::string to_json(const T& value) {
    char buffer[max_json_size<T>];
    const auto written = write_json(value, buffer);
    return std::string(buffer, *written);  // cannot fail: the buffer has the bound's size
}

}  // namespace sttj

#endif  // STTJ_SERIALIZE_HPP
