#ifndef STTJ_SERIALIZE_HPP
#define STTJ_SERIALIZE_HPP

// Serializers producing RFC 8785 canonical JSON: no whitespace, members in
// sorted order, absent optionals omitted, minimal escaping.
//
//   char buffer[sttj::max_json_size<sttj::StopTextTranslationJobRequest>];
//   auto written = sttj::write_json(request, buffer);   // no allocation
//   std::string text = sttj::to_json(request);           // {"JobId":"..."}

#include <cstddef>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>

#include "config.hpp"
#include "detail/attributes.hpp"
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
// clang-format 14 reads `member_size(a, b * c)` here as a declaration and
// writes `b* c`.
// clang-format off
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

#if defined(STTJ_DETAIL_FAST_PATHS)
// Copies n bytes without a library call for the short pieces (status names,
// most JobIds): fixed-size, possibly overlapping moves within [0, n).
inline void copy_short(char* to, const char* from, std::size_t n) noexcept {
    if (n >= 16 && n <= 32) {
        std::memcpy(to, from, 16);
        std::memcpy(to + n - 16, from + n - 16, 16);
    } else if (n >= 8 && n < 16) {
        std::memcpy(to, from, 8);
        std::memcpy(to + n - 8, from + n - 8, 8);
    } else if (n >= 4 && n < 8) {
        std::memcpy(to, from, 4);
        std::memcpy(to + n - 4, from + n - 4, 4);
    } else if (n != 0) {  // an absent status is an empty view whose data() may be null
        std::memcpy(to, from, n);
    }
}

// Run-time fast path for requests and responses: a JobId never needs
// escaping (it holds no '"', '\\' or control character and is well-formed
// UTF-8), nor does a status name, so the canonical JSON is the pieces copied
// as they are: the bytes write_member() and finish() would write. Returns the
// size, or 0 when `out` is too small (the general path then reports it); a
// buffer of max_json_size bytes is never too small.
[[nodiscard]] inline std::size_t write_unescaped(OutputBuffer out, const JobId* job_id,
                                                 std::string_view job_status) noexcept {
    if (job_id == nullptr && job_status.empty()) {  // a response with neither member
        if (out.size < 2) return 0;
        copy_short(out.data, "{}", 2);
        return 2;
    }
    constexpr std::string_view id_open = R"({"JobId":")";
    constexpr std::string_view status_open = R"({"JobStatus":")";
    constexpr std::string_view status_next = R"(","JobStatus":")";
    // Spelled out for speed; checked against the wire names, defined once.
    static_assert(id_open.substr(2, wire::job_id.size()) == wire::job_id && id_open.size() == wire::job_id.size() + 5);
    static_assert(status_open.substr(2, wire::job_status.size()) == wire::job_status &&
                  status_next.substr(2) == status_open.substr(1));
    const std::size_t id_size = job_id != nullptr ? job_id->size() : 0;
    const std::size_t total = (job_id != nullptr ? id_open.size() + id_size : 0) +
                              (job_status.empty() ? 0 : (job_id != nullptr ? status_next.size() : status_open.size()) +
                                                            job_status.size()) +
                              2;
    if (total > out.size) return 0;
    char* at = out.data;
    const auto put = [&at](const char* bytes, std::size_t size) {
        copy_short(at, bytes, size);
        at += size;
    };
    if (job_id != nullptr) {
        put(id_open.data(), id_open.size());
        put(job_id->data(), id_size);
        if (!job_status.empty()) put(status_next.data(), status_next.size());
    } else {
        put(status_open.data(), status_open.size());
    }
    put(job_status.data(), job_status.size());
    put("\"}", 2);
    return total;
}

[[nodiscard]] inline std::size_t write_unescaped(const StopTextTranslationJobRequest& request,
                                                 OutputBuffer out) noexcept {
    return write_unescaped(out, &request.job_id, {});
}
[[nodiscard]] inline std::size_t write_unescaped(const StopTextTranslationJobResponse& response,
                                                 OutputBuffer out) noexcept {
    return write_unescaped(out, response.job_id ? &*response.job_id : nullptr,
                           response.job_status ? to_string(*response.job_status) : std::string_view{});
}

// write_unescaped for to_json, not inlined. Inlined, it tells GCC 12 that
// the size is at most max_json_size, and GCC then copies the JSON into the
// string with `rep movsq`, whose start-up costs more than the rest of
// to_json (28 ns instead of 20 for a request); with the size unknown, it
// calls memcpy.
template <class T>
[[nodiscard]] STTJ_DETAIL_NOINLINE std::size_t write_unescaped_opaque(const T& value, OutputBuffer out) noexcept {
    return write_unescaped(value, out);
}
#endif

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
    if (response.job_status) detail::write_member(writer, first, wire::job_status, to_string(*response.job_status));
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

#if defined(STTJ_SEPARATE_COMPILATION)
namespace detail {
// Compiled once, in the TU that includes <sttj/src.hpp> (see config.hpp).
// Not tagged (isa.hpp): every TU calls the one definition.
Result<std::size_t> write_json_compiled(const StopTextTranslationJobRequest& request, OutputBuffer out) noexcept;
Result<std::size_t> write_json_compiled(const StopTextTranslationJobResponse& response, OutputBuffer out) noexcept;
Result<std::size_t> write_json_compiled(const LenientStopTextTranslationJobResponse& response,
                                        OutputBuffer out) noexcept;
Result<std::size_t> write_json_compiled(const ErrorResponse& error, OutputBuffer out) noexcept;
}  // namespace detail
#endif

namespace detail::inline STTJ_DETAIL_ISA {

#if defined(STTJ_DETAIL_RUN_TIME_CODE)
// write_json's code: the unescaped fast path for a request or response
// (write_unescaped), else the general writer, which also reports a buffer
// too small.
template <class T>
constexpr Result<std::size_t> write_json_inline(const T& value, OutputBuffer out) noexcept {
#if defined(STTJ_DETAIL_FAST_PATHS)
    if constexpr (requires { write_unescaped(value, out); }) {
        if (!std::is_constant_evaluated()) {
            if (const std::size_t size = write_unescaped(value, out)) return size;
        }
    }
#endif
    return write_json_general(value, out);
}
#endif

/// write_json for any of the four documents, into a buffer given as an
/// OutputBuffer (see json_writer.hpp).
template <class T>
constexpr Result<std::size_t> write_json_to(const T& value, OutputBuffer out) noexcept {
#if defined(STTJ_SEPARATE_COMPILATION)
    STTJ_DETAIL_RUN_TIME_RETURN(write_json_compiled(value, out));
    return write_json_general(value, out);
#else
    return write_json_inline(value, out);
#endif
}

}  // namespace detail::inline STTJ_DETAIL_ISA

inline namespace STTJ_DETAIL_ISA {

/// Writes the canonical JSON of a request into `out`; returns the byte count,
/// or a Limit error if `out` is too small (its contents are then unspecified).
constexpr Result<std::size_t> write_json(const StopTextTranslationJobRequest& request, std::span<char> out) noexcept {
    return detail::write_json_to(request, {out.data(), out.size()});
}

constexpr Result<std::size_t> write_json(const StopTextTranslationJobResponse& response,
                                         std::span<char> out) noexcept {
    return detail::write_json_to(response, {out.data(), out.size()});
}

constexpr Result<std::size_t> write_json(const LenientStopTextTranslationJobResponse& response,
                                         std::span<char> out) noexcept {
    return detail::write_json_to(response, {out.data(), out.size()});
}

/// `{"__type":"<code>","message":"<message>"}`, the message omitted when absent.
/// A code holding '#' is written with a leading '#' ("b#c" as "#b#c"):
/// parse_error keeps only what follows the first '#', so this reads back as
/// the same code. (It stays within max_json_size: a '#' is never escaped.)
constexpr Result<std::size_t> write_json(const ErrorResponse& error, std::span<char> out) noexcept {
    return detail::write_json_to(error, {out.data(), out.size()});
}

/// The canonical JSON of a request, response or error as a std::string.
template <class T>
[[nodiscard]] std::string to_json(const T& value) {
    char buffer[max_json_size<T>];
    std::size_t size = 0;
#if defined(STTJ_DETAIL_FAST_PATHS) && !defined(STTJ_SEPARATE_COMPILATION)
    // A request or response always fits the buffer unescaped, so the general
    // writer, which write_json keeps for a buffer too small, is not compiled
    // here.
    if constexpr (requires { detail::write_unescaped(value, detail::OutputBuffer{}); }) {
        size = detail::write_unescaped_opaque(value, {buffer, sizeof buffer});
    } else
#endif
    {
        size = *detail::write_json_to(value, {buffer, sizeof buffer});  // cannot fail: the buffer has the bound's size
    }
    return std::string(buffer, size);
}

}  // inline namespace STTJ_DETAIL_ISA

}  // namespace sttj

#endif  // STTJ_SERIALIZE_HPP
