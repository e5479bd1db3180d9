#ifndef STTJ_DETAIL_READ_MEMBERS_HPP
#define STTJ_DETAIL_READ_MEMBERS_HPP

// What the parsers share between the JSON reader and the model: reading a
// JobId, a JobStatus or bounded text as a member's value, with the
// constraint errors placed at the right byte.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "../error.hpp"
#include "../job_id.hpp"
#include "../job_status.hpp"
#include "../result.hpp"
#include "isa.hpp"
#include "json_reader.hpp"
#include "utf8.hpp"

namespace sttj::detail {
// How a response parser treats a JobStatus outside the seven known ones.
// (Untagged: the run-time code compiled apart takes it, detail/isa.hpp.)
enum class StatusRule : std::uint8_t {
    KeepUnknown,    // parse_response: Smithy enums are open
    RejectUnknown,  // parse_response_strict: a Constraint error
};
}  // namespace sttj::detail

namespace sttj::detail::inline STTJ_DETAIL_ISA {  // reaches the JobId validator: tagged (isa.hpp)

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

constexpr bool read_job_status(JsonReader& reader, std::optional<OpenJobStatus>& out, StatusRule rule) noexcept {
    bool is_string = false;
    if (!expect_string_or_null(reader, is_string) || !is_string) return !reader.failed();
    const std::size_t quote = reader.position();
    BoundedText<job_status_text_capacity> text;
    if (!reader.read_string(text)) return false;
    const std::optional<OpenJobStatus> status =
        text.overflow ? std::nullopt : OpenJobStatus::from_wire(text.view());  // the reader checked the UTF-8
    if (rule == StatusRule::RejectUnknown && !(status && status->known())) {
        reader.note(ErrorCategory::Constraint, quote,
                    "not one of SUBMITTED, IN_PROGRESS, COMPLETED, COMPLETED_WITH_ERROR, FAILED, "
                    "STOP_REQUESTED, STOPPED");
    } else if (!status) {
        static_assert(job_status_text_capacity == 64, "the message names the capacity");
        reader.note(ErrorCategory::Limit, quote, "JobStatus longer than 64 bytes");
    } else {
        out = status;
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

[[nodiscard]] constexpr std::size_t first_non_blank(std::string_view json) noexcept {
    const std::size_t at = json.find_first_not_of(" \t\n\r");
    return at == std::string_view::npos ? json.size() : at;
}

}  // namespace sttj::detail::inline STTJ_DETAIL_ISA

#endif  // STTJ_DETAIL_READ_MEMBERS_HPP
