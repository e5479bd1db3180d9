#ifndef STTJ_JOB_STATUS_HPP
#define STTJ_JOB_STATUS_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "detail/isa.hpp"
#include "detail/utf8.hpp"

namespace sttj {

/// The status of a text translation job (the service model's `JobStatus` enum).
/// Enumerators are PascalCase: ALL_CAPS names collide with macros such as Windows' FAILED.
enum class JobStatus : std::uint8_t {
    Submitted,
    InProgress,
    Completed,
    CompletedWithError,
    Failed,
    StopRequested,
    Stopped,
};

/// Every JobStatus, in declaration order.
inline constexpr std::array<JobStatus, 7> all_job_statuses = {
    JobStatus::Submitted, JobStatus::InProgress,    JobStatus::Completed, JobStatus::CompletedWithError,
    JobStatus::Failed,    JobStatus::StopRequested, JobStatus::Stopped,
};

namespace detail {
// The wire names, indexed by enumerator: the one place they are written.
inline constexpr std::array<std::string_view, 7> job_status_names = {
    "SUBMITTED", "IN_PROGRESS", "COMPLETED", "COMPLETED_WITH_ERROR", "FAILED", "STOP_REQUESTED", "STOPPED",
};
}  // namespace detail

inline namespace STTJ_DETAIL_ISA {  // detail/isa.hpp

/// The wire name of a status, e.g. "STOP_REQUESTED".
[[nodiscard]] constexpr std::string_view to_string(JobStatus status) noexcept {
    const auto index = static_cast<std::size_t>(status);
    return index < detail::job_status_names.size() ? detail::job_status_names[index] : std::string_view{};
}

/// The status whose wire name is exactly `name` (case-sensitive, no trimming), if any.
[[nodiscard]] constexpr std::optional<JobStatus> job_status_from_string(std::string_view name) noexcept {
    for (std::size_t i = 0; i < detail::job_status_names.size(); ++i) {
        if (detail::job_status_names[i] == name) return static_cast<JobStatus>(i);
    }
    return std::nullopt;
}

}  // inline namespace STTJ_DETAIL_ISA

/// Longest unknown JobStatus text a response keeps, in UTF-8 bytes: three
/// times the longest status known today (COMPLETED_WITH_ERROR, 20 bytes).
/// parse_response reports a longer one as a Limit error.
inline constexpr std::size_t job_status_text_capacity = 64;

/// A JobStatus as a response carries it. Smithy enums are open: the service
/// may send a status added after this library, and a client must keep it.
/// So this holds one of the seven known statuses, or the text of an unknown
/// one, and writes either back as it came. Constexpr, heap-free, trivially
/// copyable.
///
///   if (response.job_status == sttj::JobStatus::Stopped) ...
///   if (response.job_status && !response.job_status->known()) log(response.job_status->wire_name());
class OpenJobStatus {
public:
    /// A known status. An enumerator outside the seven (a cast integer) has
    /// no wire name: it becomes the unknown status with empty text.
    constexpr OpenJobStatus(JobStatus status) noexcept  // NOLINT: implicit, as an enum widens
        : known_(static_cast<std::size_t>(status) < detail::job_status_names.size() ? static_cast<std::uint8_t>(status)
                                                                                    : unknown) {}

    /// The status whose wire name is `text`: a known one for one of the seven
    /// names (exact, case-sensitive), else unknown text. nullopt when `text`
    /// is longer than job_status_text_capacity bytes or not well-formed UTF-8.
    /// (A template so that each instruction set gets its own, detail/isa.hpp.)
    template <class IsaTag = detail::isa_tag>
    [[nodiscard]] static constexpr std::optional<OpenJobStatus> from_wire(std::string_view text) noexcept {
        for (std::size_t i = 0; i < detail::job_status_names.size(); ++i) {
            if (detail::job_status_names[i] == text) return OpenJobStatus{static_cast<JobStatus>(i)};
        }
        if (text.size() > job_status_text_capacity || !detail::is_well_formed_utf8(text)) return std::nullopt;
        OpenJobStatus result{Unknown{}};
        for (std::size_t i = 0; i < job_status_text_capacity; ++i) {
            result.text_.bytes[i] = i < text.size() ? text[i] : '\0';
        }
        result.text_size_ = static_cast<std::uint8_t>(text.size());
        return result;
    }

    /// The status if it is one of the seven this library knows, else nullopt.
    [[nodiscard]] constexpr std::optional<JobStatus> known() const noexcept {
        if (known_ == unknown) return std::nullopt;
        return static_cast<JobStatus>(known_);
    }

    /// The text on the wire: "STOPPED", or the unknown status as received.
    [[nodiscard]] constexpr std::string_view wire_name() const noexcept {
        if (known_ == unknown) {  // (a cast enumerator's text is empty, and `bytes` not active)
            return text_size_ == 0 ? std::string_view{} : std::string_view{text_.bytes, std::size_t{text_size_}};
        }
        return detail::job_status_names[known_];
    }

    /// Equal when the wire names are: an unknown text never equals a known status.
    friend constexpr bool operator==(const OpenJobStatus& a, const OpenJobStatus& b) noexcept {
        return a.wire_name() == b.wire_name();
    }
    friend constexpr bool operator==(const OpenJobStatus& a, JobStatus b) noexcept { return a == OpenJobStatus{b}; }

private:
    static constexpr std::uint8_t unknown = 0xFF;
    struct Unknown {};
    constexpr explicit OpenJobStatus(Unknown) noexcept : known_(unknown) {}

    // A union, so that a known status leaves the text's bytes unwritten: a
    // response is built on every parse, and only an unknown status needs
    // them. (The constructors write single bytes only: zeroing 64 would be
    // vector code that differs by instruction set, tests/mixed_isa.)
    union Text {
        constexpr Text() noexcept : none(0) {}
        char none;
        char bytes[job_status_text_capacity];  // active for an unknown status: from_wire writes all of it
    };

    std::uint8_t known_;  // a JobStatus, or `unknown`
    std::uint8_t text_size_ = 0;
    Text text_;
};

}  // namespace sttj

#endif  // STTJ_JOB_STATUS_HPP
