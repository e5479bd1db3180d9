#ifndef STTJ_PARSE_HPP
#define STTJ_PARSE_HPP

// Deserializers for StopTextTranslationJob documents: strict RFC 8259, one
// pass, no recursion, no heap, constexpr.
//
//   auto request = sttj::parse_request(R"({"JobId": "5236d36c"})");
//   if (!request) {
//       const sttj::Error& e = request.error();  // a string_view: print it with its size
//       std::printf("%.*s at byte %zu\n", static_cast<int>(e.message.size()), e.message.data(), e.offset);
//   }
//
// Errors come in a fixed order of precedence: the first syntax, encoding or
// limit error wins; a schema or constraint error is reported only for a
// document that is otherwise well-formed JSON.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>
#include <type_traits>

#include "config.hpp"
#include "detail/bytes.hpp"
#include "detail/isa.hpp"
#include "detail/json_reader.hpp"
#if defined(STTJ_DETAIL_FAST_PATHS)
#include "detail/parse_fast_path.hpp"
#endif
#include "error_response.hpp"
#include "job_id.hpp"
#include "job_status.hpp"
#include "lenient.hpp"
#include "model.hpp"
#include "result.hpp"
#include "wire_names.hpp"

namespace sttj {

#if defined(STTJ_SEPARATE_COMPILATION)
namespace detail {
// Compiled once, in the TU that includes <sttj/src.hpp> (see config.hpp).
// Not tagged (detail/isa.hpp): every TU calls the one definition.
[[nodiscard]] Result<StopTextTranslationJobRequest> parse_request_compiled(std::string_view json) noexcept;
[[nodiscard]] Result<StopTextTranslationJobResponse> parse_response_compiled(std::string_view json) noexcept;
[[nodiscard]] Result<LenientStopTextTranslationJobResponse> parse_response_lenient_compiled(
    std::string_view json) noexcept;
[[nodiscard]] Result<ErrorResponse> parse_error_compiled(std::string_view body,
                                                         std::string_view error_type_header) noexcept;
}  // namespace detail
#endif

// Everything below reaches the JobId validator: tagged (detail/isa.hpp).
namespace detail::inline STTJ_DETAIL_ISA {

// Decoded scalars of a JobId string and where each came from, kept for the
// first 33 scalars: enough to find the first error exactly as
// find_job_id_error would on the whole string (the 33rd scalar is too-long).
struct JobIdCollector {
    static constexpr std::size_t kept = job_id_max_scalars + 1;
    char bytes[4 * kept] = {};
    std::size_t size = 0;
    std::size_t scalars = 0;
    std::size_t source_offset[kept] = {};
    std::size_t decoded_offset[kept] = {};

    constexpr void operator()(char32_t cp, std::size_t at) noexcept {
        if (scalars < kept) {
            source_offset[scalars] = at;
            decoded_offset[scalars] = size;
            size += encode_utf8(cp, bytes + size);
        }
        ++scalars;
    }
    // The input offset of the decoded byte offset of a scalar boundary.
    [[nodiscard]] constexpr std::size_t source_of(std::size_t decoded) const noexcept {
        for (std::size_t i = 0; i < kept && i < scalars; ++i) {
            if (decoded_offset[i] == decoded) return source_offset[i];
        }
        return 0;
    }
};

[[nodiscard]] constexpr std::string_view job_id_constraint_message(JobIdReason reason) noexcept {
    switch (reason) {
        case JobIdReason::Empty: return "empty string (a JobId has 1 to 32 characters)";
        case JobIdReason::TooLong: return "longer than 32 characters";
        case JobIdReason::Encoding: return "not well-formed UTF-8";
        case JobIdReason::Character: return "character outside [\\p{L}\\p{Z}\\p{N}_.:/=+\\-%@]";
    }
    return "invalid JobId";
}

// Reads a value that must be a string or null; returns false on a fatal
// error. `is_string` tells the caller to read the string itself.
constexpr bool expect_string_or_null(JsonReader& reader, bool& is_string) noexcept {
    is_string = false;
    const int c = reader.peek();
    if (c == '"') {
        is_string = true;
        return true;
    }
    if (c != 'n') reader.note(ErrorCategory::Schema, reader.position(), "expected a string or null");
    return reader.skip_value(1);  // null, or a mistyped value, fully checked
}

// The parsers' JobId check: is_valid_job_id, which the fast paths compile
// anyway, and the scalar definition only to place the problem in an
// id that fails it. That error report is slower than JobId::make's, and in
// exchange a TU that parses does not compile find_job_id_error's fast path.
[[nodiscard]] constexpr Result<JobId, JobIdError> make_parsed_job_id(std::string_view text) noexcept {
    if (is_valid_job_id(text)) return JobId{ValidatedJobIdKey{}, text};
    return Unexpected{*find_job_id_error_scalar(text)};
}

constexpr bool read_job_id(JsonReader& reader, std::optional<JobId>& out) noexcept {
    bool is_string = false;
    if (!expect_string_or_null(reader, is_string) || !is_string) return !reader.failed();
    const std::size_t quote = reader.position();
    // Common case: no escapes, ASCII only, so the decoded text is the input.
    if (const std::size_t length = reader.plain_string_length(); length > 0) {
        const auto made = make_parsed_job_id(reader.take_plain_string(length));
        if (made) {
            out = *made;
        } else {
            reader.note(ErrorCategory::Constraint, quote + 1 + made.error().offset,
                        job_id_constraint_message(made.error().reason));
        }
        return true;
    }
    JobIdCollector collected;
    if (!reader.read_string(collected)) return false;
    const auto made = make_parsed_job_id({collected.bytes, collected.size});
    if (made && collected.scalars <= job_id_max_scalars) {
        out = *made;
    } else if (!made && made.error().reason == JobIdReason::Empty) {
        reader.note(ErrorCategory::Constraint, quote, job_id_constraint_message(JobIdReason::Empty));
    } else {
        reader.note(ErrorCategory::Constraint, collected.source_of(made.error().offset),
                    job_id_constraint_message(made.error().reason));
    }
    return true;
}

constexpr bool read_job_status(JsonReader& reader, std::optional<JobStatus>& out) noexcept {
    bool is_string = false;
    if (!expect_string_or_null(reader, is_string) || !is_string) return !reader.failed();
    const std::size_t quote = reader.position();
    NameText text;  // the longest status, COMPLETED_WITH_ERROR, has 20 bytes
    if (!reader.read_string(text)) return false;
    out = text.overflow ? std::nullopt : job_status_from_string(text.view());
    if (!out) {
        reader.note(ErrorCategory::Constraint, quote,
                    "not one of SUBMITTED, IN_PROGRESS, COMPLETED, COMPLETED_WITH_ERROR, FAILED, "
                    "STOP_REQUESTED, STOPPED");
    }
    return true;
}

// Reads a string-or-null member into bounded text. `present` is set for a
// string; `overflow` for one longer than Capacity.
template <std::size_t Capacity>
constexpr bool read_text(JsonReader& reader, BoundedText<Capacity>& text, bool& present) noexcept {
    bool is_string = false;
    if (!expect_string_or_null(reader, is_string) || !is_string) return !reader.failed();
    present = true;
    return reader.read_string(text);
}

// Marks a known member seen; a second occurrence is a schema error.
constexpr void mark_seen(JsonReader& reader, bool& seen, std::size_t name_offset) noexcept {
    if (seen) reader.note(ErrorCategory::Schema, name_offset, "duplicate member");
    seen = true;
}

#if defined(STTJ_DETAIL_FAST_PATHS)
// Run-time fast path for the exact shapes sttj, the service and the JS SDK
// write (the any-layout fast path, parse_fast_path.hpp, reads them too, with
// more work per document):
// `{"JobId":"<id>"}` and `{"JobId":"<id>","JobStatus":"<status>"}`, no
// whitespace. It only ever accepts: a valid JobId holds no '"', '\\' or
// control character and is well-formed UTF-8, so such a document is well-formed
// JSON with exactly these members, and the general parser would return the
// same value. Anything else (including every error) goes to the any-layout
// fast path, and what that declines to the general parser.
inline constexpr std::string_view canonical_job_id_prefix = R"({"JobId":")";
inline constexpr std::string_view canonical_job_status_infix = R"(","JobStatus":")";
inline constexpr std::string_view canonical_suffix = R"("})";
// Spelled out for speed; checked against the wire names, defined once.
static_assert(canonical_job_id_prefix.substr(2, wire::job_id.size()) == wire::job_id &&
              canonical_job_id_prefix.size() == wire::job_id.size() + 5);
static_assert(canonical_job_status_infix.substr(3, wire::job_status.size()) == wire::job_status &&
              canonical_job_status_infix.size() == wire::job_status.size() + 6);

// The id of `{"JobId":"<id>"}` (any bytes between the fixed parts), or an
// empty view if `json` does not have that frame.
[[nodiscard]] inline std::string_view canonical_request_job_id(std::string_view json) noexcept {
    if (json.size() < canonical_job_id_prefix.size() + canonical_suffix.size() ||
        std::memcmp(json.data(), canonical_job_id_prefix.data(), canonical_job_id_prefix.size()) != 0 ||
        std::memcmp(json.data() + json.size() - 2, canonical_suffix.data(), 2) != 0) {
        return {};
    }
    return json.substr(canonical_job_id_prefix.size(),
                       json.size() - canonical_job_id_prefix.size() - canonical_suffix.size());
}

// The canonical response's status, found without a loop or a search (both
// mispredict when statuses vary): the 8 bytes before the closing `"}` differ
// for all seven statuses (for the short ones they include the end of the
// infix), and a multiplicative hash of them, read as a little-endian number
// on every target, picks the one status to compare.
// The multiplier came from a search; any odd value that separates the seven
// would do, and the static_assert below proves this one does.
inline constexpr std::uint64_t job_status_tail_multiplier = 0x7fd63116e1ea24c5u;

[[nodiscard]] constexpr unsigned job_status_tail_slot(std::uint64_t tail) noexcept {
    return static_cast<unsigned>((tail * job_status_tail_multiplier) >> 61);
}

// The last 8 bytes of infix + name, as load_le64 reads them.
[[nodiscard]] constexpr unsigned job_status_tail_slot_of(std::string_view name) noexcept {
    std::uint64_t tail = 0;
    for (std::size_t k = 0; k < 8; ++k) {
        const std::size_t from_end = 8 - k;  // 8..1 bytes before the end
        const char c = from_end <= name.size()
                           ? name[name.size() - from_end]
                           : canonical_job_status_infix[canonical_job_status_infix.size() - (from_end - name.size())];
        tail |= std::uint64_t{static_cast<unsigned char>(c)} << (8 * k);
    }
    return job_status_tail_slot(tail);
}
inline constexpr JobStatusSlots job_status_by_tail{job_status_tail_slot_of};
static_assert(job_status_by_tail.perfect, "job_status_tail_multiplier no longer separates the statuses");

// The id and status of a canonical response whose id is valid, or an empty
// id when `json` is anything else.
struct CanonicalResponse {
    std::string_view job_id;
    JobStatus job_status;
};

[[nodiscard]] inline CanonicalResponse parse_response_canonical(std::string_view json) noexcept {
    // The frame, a 1-byte id at least, and the shortest status (FAILED).
    constexpr std::size_t shortest = canonical_job_id_prefix.size() + 1 + canonical_job_status_infix.size() + 6 +
                                     canonical_suffix.size();
    if (json.size() < shortest || canonical_request_job_id(json).empty()) return {};
    const std::size_t status_end = json.size() - canonical_suffix.size();
    const std::uint64_t tail = load_le64(json.data() + status_end - 8);
    const std::uint8_t index = job_status_by_tail.status_at_slot[job_status_tail_slot(tail)];
    if (index == 0xFF) return {};
    const std::string_view name = job_status_names[index];
    const std::size_t quote = status_end - name.size();  // the status's first byte
    if (quote < canonical_job_id_prefix.size() + 1 + canonical_job_status_infix.size()) return {};
    const std::size_t infix_start = quote - canonical_job_status_infix.size();
    if (std::memcmp(json.data() + quote, name.data(), name.size()) != 0 ||
        std::memcmp(json.data() + infix_start, canonical_job_status_infix.data(), canonical_job_status_infix.size()) !=
            0) {
        return {};
    }
    const std::string_view id =
        json.substr(canonical_job_id_prefix.size(), infix_start - canonical_job_id_prefix.size());
    if (!is_valid_job_id_inline(id)) return {};
    return {id, static_cast<JobStatus>(index)};
}
#endif

[[nodiscard]] constexpr std::size_t first_non_blank(std::string_view json) noexcept {
    const std::size_t at = json.find_first_not_of(" \t\n\r");
    return at == std::string_view::npos ? json.size() : at;
}

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
        return Unexpected{Error{ErrorCategory::Schema, detail::first_non_blank(json), "missing required member",
                                wire::job_id}};
    }
    return StopTextTranslationJobRequest{*job_id};
}

/// parse_response's definition: the general reader, for any JSON layout.
[[nodiscard]] constexpr Result<StopTextTranslationJobResponse> parse_response_general(std::string_view json) noexcept {
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
            return detail::read_job_status(reader, response.job_status);
        }
        return reader.skip_value(1);
    });
    if (reader.has_error()) return Unexpected{reader.error()};
    return response;
}

#if defined(STTJ_DETAIL_FAST_PATHS)
// The any-layout fast path, else the general reader: out of line, so that
// the canonical fast path in front of it stays as small as it was.
[[nodiscard]] STTJ_DETAIL_NOINLINE inline Result<StopTextTranslationJobRequest> parse_request_any_layout(
    std::string_view json) noexcept {
    FastDocument doc;
    if (read_any_layout<false>(json, doc) && !doc.job_id.empty()) {
        return {build_from, [&doc] { return StopTextTranslationJobRequest{JobId{ValidatedJobIdKey{}, doc.job_id}}; }};
    }
    return parse_request_general(json);
}

[[nodiscard]] STTJ_DETAIL_NOINLINE inline Result<StopTextTranslationJobResponse> parse_response_any_layout(
    std::string_view json) noexcept {
    FastDocument doc;
    if (read_any_layout<true>(json, doc)) {
        return {build_from, [&doc] {
                    StopTextTranslationJobResponse response;
                    if (!doc.job_id.empty()) response.job_id.emplace(ValidatedJobIdKey{}, doc.job_id);
                    response.job_status = doc.job_status;
                    return response;
                }};
    }
    return parse_response_general(json);
}
#endif

#if defined(STTJ_DETAIL_RUN_TIME_CODE)
/// parse_request's code: the fast paths, else the general reader.
[[nodiscard]] constexpr Result<StopTextTranslationJobRequest> parse_request_inline(std::string_view json) noexcept {
#if defined(STTJ_DETAIL_FAST_PATHS)
    if (!std::is_constant_evaluated()) {
        if (const std::string_view id = detail::canonical_request_job_id(json); detail::is_valid_job_id_inline(id)) {
            return {detail::build_from, [id] {
                        return StopTextTranslationJobRequest{JobId{detail::ValidatedJobIdKey{}, id}};
                    }};
        }
        return detail::parse_request_any_layout(json);
    }
#endif
    return parse_request_general(json);
}

/// parse_response's code: the fast paths, else the general reader.
[[nodiscard]] constexpr Result<StopTextTranslationJobResponse> parse_response_inline(std::string_view json) noexcept {
#if defined(STTJ_DETAIL_FAST_PATHS)
    if (!std::is_constant_evaluated()) {
        if (const detail::CanonicalResponse canonical = detail::parse_response_canonical(json);
            !canonical.job_id.empty()) {
            return {detail::build_from, [&canonical] {
                        return StopTextTranslationJobResponse{
                            std::optional<JobId>{std::in_place, detail::ValidatedJobIdKey{},
                                                 canonical.job_id},
                            canonical.job_status};
                    }};
        }
        return detail::parse_response_any_layout(json);
    }
#endif
    return parse_response_general(json);
}
#endif

/// parse_response_lenient's definition and run-time code (it has no fast path).
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

/// parse_error's definition and run-time code (it has no fast path).
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

/// Parses a StopTextTranslationJob request body, e.g. `{"JobId":"abc"}`.
/// JobId is required; unknown members are checked and skipped.
[[nodiscard]] constexpr Result<StopTextTranslationJobRequest> parse_request(std::string_view json) noexcept {
#if defined(STTJ_SEPARATE_COMPILATION)
    STTJ_DETAIL_RUN_TIME_RETURN(detail::parse_request_compiled(json));
    return detail::parse_request_general(json);
#else
    return detail::parse_request_inline(json);
#endif
}

/// Parses a StopTextTranslationJob response body. Both members are optional;
/// an empty or all-whitespace body is a response with no members (awsJson1_1).
[[nodiscard]] constexpr Result<StopTextTranslationJobResponse> parse_response(std::string_view json) noexcept {
#if defined(STTJ_SEPARATE_COMPILATION)
    STTJ_DETAIL_RUN_TIME_RETURN(detail::parse_response_compiled(json));
    return detail::parse_response_general(json);
#else
    return detail::parse_response_inline(json);
#endif
}

/// Like parse_response, but keeps JobId and JobStatus as text without
/// checking their constraints (see LenientStopTextTranslationJobResponse).
[[nodiscard]] constexpr Result<LenientStopTextTranslationJobResponse> parse_response_lenient(
    std::string_view json) noexcept {
#if defined(STTJ_SEPARATE_COMPILATION)
    STTJ_DETAIL_RUN_TIME_RETURN(detail::parse_response_lenient_compiled(json));
#endif
    return detail::parse_response_lenient_general(json);
}

/// Parses an AWS JSON 1.1 error response. The code comes from the
/// `X-Amzn-Errortype` header if given, else the body's top-level `code`, else
/// its top-level `__type` (never a nested one), sanitized as awsJson1_1
/// requires (see sanitize_error_code). The message comes from `message`, else
/// `Message`. An empty body is allowed. Offsets of header problems count in
/// the header value, and such errors name the header as their member.
[[nodiscard]] constexpr Result<ErrorResponse> parse_error(std::string_view body,
                                                          std::string_view error_type_header = {}) noexcept {
#if defined(STTJ_SEPARATE_COMPILATION)
    STTJ_DETAIL_RUN_TIME_RETURN(detail::parse_error_compiled(body, error_type_header));
#endif
    return detail::parse_error_general(body, error_type_header);
}

}  // inline namespace STTJ_DETAIL_ISA

}  // namespace sttj

#endif  // STTJ_PARSE_HPP
