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
#include <type_traits>

#include "config.hpp"
#include "detail/isa.hpp"
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

template <class T>
struct JsonSizeBound;

template <>
struct JsonSizeBound<StopTextTranslationJobRequest> {
    // A valid JobId needs no escaping: its characters are never controls, '"' or '\'.
    static constexpr std::size_t value = 2 + member_size(wire::job_id, job_id_max_bytes);
};
// clang-format 14 reads `member_size(a, b * c)` here as a declaration and
// writes `b* c`.
// clang-format off
template <>
struct JsonSizeBound<StopTextTranslationJobResponse> {
    // An unknown status is any text, so it may need escaping.
    static constexpr std::size_t value = 2 + member_size(wire::job_id, job_id_max_bytes) + 1 +
                                         member_size(wire::job_status, json_escape_factor * job_status_text_capacity);
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
// clang-format on

}  // namespace detail

// The writers: tagged (detail/isa.hpp).
namespace detail::inline STTJ_DETAIL_ISA {

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

}  // namespace detail::inline STTJ_DETAIL_ISA

/// The most bytes write_json can produce for a T: a buffer this big never overflows.
template <class T>
inline constexpr std::size_t max_json_size = detail::JsonSizeBound<T>::value;

namespace detail::inline STTJ_DETAIL_ISA {

// write_json's definition, one overload per document: the general writer.
constexpr Result<std::size_t> write_json_general(const StopTextTranslationJobRequest& request,
                                                 OutputBuffer out) noexcept {
    detail::JsonWriter writer{out};
    bool first = true;
    detail::write_member(writer, first, wire::job_id, request.job_id.view());
    return detail::finish(writer, first);
}

constexpr Result<std::size_t> write_json_general(const StopTextTranslationJobResponse& response,
                                                 OutputBuffer out) noexcept {
    detail::JsonWriter writer{out};
    bool first = true;
    if (response.job_id) detail::write_member(writer, first, wire::job_id, response.job_id->view());
    if (response.job_status) detail::write_member(writer, first, wire::job_status, response.job_status->wire_name());
    return detail::finish(writer, first);
}

constexpr Result<std::size_t> write_json_general(const LenientStopTextTranslationJobResponse& response,
                                                 OutputBuffer out) noexcept {
    detail::JsonWriter writer{out};
    bool first = true;
    if (response.job_id) detail::write_member(writer, first, wire::job_id, response.job_id->view());
    if (response.job_status) detail::write_member(writer, first, wire::job_status, response.job_status->view());
    return detail::finish(writer, first);
}

constexpr Result<std::size_t> write_json_general(const ErrorResponse& error, OutputBuffer out) noexcept {
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

}  // namespace detail::inline STTJ_DETAIL_ISA

namespace detail::inline STTJ_DETAIL_RUN_TIME {
// The run-time code (impl/serialize.ipp): write_json's, the fast path for a
// request or response, else the general writer; and to_json's, for a
// buffer of max_json_size bytes, which the JSON always fits.
[[nodiscard]] STTJ_DETAIL_FUNC Result<std::size_t> write_json_run_time(const StopTextTranslationJobRequest& request,
                                                                       OutputBuffer out) noexcept;
[[nodiscard]] STTJ_DETAIL_FUNC Result<std::size_t> write_json_run_time(const StopTextTranslationJobResponse& response,
                                                                       OutputBuffer out) noexcept;
[[nodiscard]] STTJ_DETAIL_FUNC Result<std::size_t> write_json_run_time(
    const LenientStopTextTranslationJobResponse& response, OutputBuffer out) noexcept;
[[nodiscard]] STTJ_DETAIL_FUNC Result<std::size_t> write_json_run_time(const ErrorResponse& error,
                                                                       OutputBuffer out) noexcept;
[[nodiscard]] STTJ_DETAIL_FUNC std::size_t write_whole_json(const StopTextTranslationJobRequest& request,
                                                            OutputBuffer out) noexcept;
[[nodiscard]] STTJ_DETAIL_FUNC std::size_t write_whole_json(const StopTextTranslationJobResponse& response,
                                                            OutputBuffer out) noexcept;
[[nodiscard]] STTJ_DETAIL_FUNC std::size_t write_whole_json(const LenientStopTextTranslationJobResponse& response,
                                                            OutputBuffer out) noexcept;
[[nodiscard]] STTJ_DETAIL_FUNC std::size_t write_whole_json(const ErrorResponse& error, OutputBuffer out) noexcept;
}  // namespace detail::inline STTJ_DETAIL_RUN_TIME

inline namespace STTJ_DETAIL_ISA {

/// Writes the canonical JSON of a request into `out`; returns the byte count,
/// or a Limit error if `out` is too small (its contents are then unspecified).
constexpr Result<std::size_t> write_json(const StopTextTranslationJobRequest& request, std::span<char> out) noexcept {
    STTJ_DETAIL_RUN_TIME_RETURN(detail::write_json_run_time(request, {out.data(), out.size()}));
    return detail::write_json_general(request, {out.data(), out.size()});
}

constexpr Result<std::size_t> write_json(const StopTextTranslationJobResponse& response, std::span<char> out) noexcept {
    STTJ_DETAIL_RUN_TIME_RETURN(detail::write_json_run_time(response, {out.data(), out.size()}));
    return detail::write_json_general(response, {out.data(), out.size()});
}

constexpr Result<std::size_t> write_json(const LenientStopTextTranslationJobResponse& response,
                                         std::span<char> out) noexcept {
    STTJ_DETAIL_RUN_TIME_RETURN(detail::write_json_run_time(response, {out.data(), out.size()}));
    return detail::write_json_general(response, {out.data(), out.size()});
}

/// `{"__type":"<code>","message":"<message>"}`, the message omitted when absent.
/// A code holding '#' is written with a leading '#' ("b#c" as "#b#c"):
/// parse_error keeps only what follows the first '#', so this reads back as
/// the same code. (It stays within max_json_size: a '#' is never escaped.)
constexpr Result<std::size_t> write_json(const ErrorResponse& error, std::span<char> out) noexcept {
    STTJ_DETAIL_RUN_TIME_RETURN(detail::write_json_run_time(error, {out.data(), out.size()}));
    return detail::write_json_general(error, {out.data(), out.size()});
}

/// The canonical JSON of a request, response or error as a std::string.
template <class T>
[[nodiscard]] std::string to_json(const T& value) {
    char buffer[max_json_size<T>];
    const std::size_t size = detail::write_whole_json(value, {buffer, sizeof buffer});
    return std::string(buffer, size);
}

}  // inline namespace STTJ_DETAIL_ISA

}  // namespace sttj

#if !defined(STTJ_SEPARATE_COMPILATION)
#include "impl/serialize.ipp"
#endif

#endif  // STTJ_SERIALIZE_HPP
