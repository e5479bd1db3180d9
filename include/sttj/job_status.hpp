#ifndef STTJ_JOB_STATUS_HPP
#define STTJ_JOB_STATUS_HPP

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include "detail/isa.hpp"

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

}  // namespace sttj

#endif  // STTJ_JOB_STATUS_HPP
