#ifndef STTJ_LIFECYCLE_HPP
#define STTJ_LIFECYCLE_HPP

#include <string_view>

#include "detail/isa.hpp"
#include "job_status.hpp"

// The stop lifecycle of a text translation job.
//
// Source: the StopTextTranslationJob documentation in the service model
// (botocore translate/2017-07-01/service-2.json): "If the job's state is
// IN_PROGRESS, the job will be marked for termination and put into the
// STOP_REQUESTED state. If the job completes before it can be stopped, it is
// put into the COMPLETED state. Otherwise, the job is put into the STOPPED
// state." Everything else below is marked as sttj's choice.

namespace sttj {

/// What a StopTextTranslationJob request does to a job in a given status.
enum class StopEffect : std::uint8_t {
    MarksStopRequested,  ///< IN_PROGRESS -> STOP_REQUESTED (documented)
    AlreadyStopping,     ///< STOP_REQUESTED: no change (not documented; sttj's choice)
    AlreadyEnded,        ///< a terminal status: no change (not documented; sttj's choice)
    NotStarted,          ///< SUBMITTED: not documented; sttj predicts no change
};

inline namespace STTJ_DETAIL_ISA {  // detail/isa.hpp

/// True for the statuses a job never leaves: COMPLETED, COMPLETED_WITH_ERROR,
/// FAILED and STOPPED. (Documented as end states in the JobStatus reference.)
[[nodiscard]] constexpr bool is_terminal(JobStatus status) noexcept {
    switch (status) {
        case JobStatus::Completed:
        case JobStatus::CompletedWithError:
        case JobStatus::Failed:
        case JobStatus::Stopped: return true;
        case JobStatus::Submitted:
        case JobStatus::InProgress:
        case JobStatus::StopRequested: return false;
    }
    return false;
}

/// Whether a job can move directly from `from` to `to`:
///   SUBMITTED      -> IN_PROGRESS
///   IN_PROGRESS    -> COMPLETED | COMPLETED_WITH_ERROR | FAILED | STOP_REQUESTED
///   STOP_REQUESTED -> STOPPED | COMPLETED | COMPLETED_WITH_ERROR | FAILED
/// STOP_REQUESTED -> STOPPED | COMPLETED is documented; that a stopping job can
/// still end COMPLETED_WITH_ERROR or FAILED, and that SUBMITTED can only go to
/// IN_PROGRESS, are sttj's choices (the documentation is silent). Staying in the
/// same status is not a transition.
[[nodiscard]] constexpr bool can_transition(JobStatus from, JobStatus to) noexcept {
    switch (from) {
        case JobStatus::Submitted: return to == JobStatus::InProgress;
        case JobStatus::InProgress:
            return to == JobStatus::Completed || to == JobStatus::CompletedWithError || to == JobStatus::Failed ||
                   to == JobStatus::StopRequested;
        case JobStatus::StopRequested:
            return to == JobStatus::Stopped || to == JobStatus::Completed || to == JobStatus::CompletedWithError ||
                   to == JobStatus::Failed;
        case JobStatus::Completed:
        case JobStatus::CompletedWithError:
        case JobStatus::Failed:
        case JobStatus::Stopped: return false;
    }
    return false;
}

/// The effect of a stop request on a job in `status`.
[[nodiscard]] constexpr StopEffect stop_effect(JobStatus status) noexcept {
    if (status == JobStatus::InProgress) return StopEffect::MarksStopRequested;
    if (status == JobStatus::StopRequested) return StopEffect::AlreadyStopping;
    if (is_terminal(status)) return StopEffect::AlreadyEnded;
    return StopEffect::NotStarted;
}

/// The status sttj predicts right after a stop request: STOP_REQUESTED from
/// IN_PROGRESS, otherwise unchanged (see StopEffect for what is documented).
[[nodiscard]] constexpr JobStatus status_after_stop(JobStatus status) noexcept {
    return stop_effect(status) == StopEffect::MarksStopRequested ? JobStatus::StopRequested : status;
}

/// The statuses a job may end in once a stop was requested: STOPPED, or
/// COMPLETED if it finished first (documented); COMPLETED_WITH_ERROR and FAILED
/// are possible too (sttj's choice, see can_transition).
[[nodiscard]] constexpr bool can_end_after_stop(JobStatus status) noexcept {
    return can_transition(JobStatus::StopRequested, status);
}

/// A one-line description of a StopEffect, for people.
[[nodiscard]] constexpr std::string_view to_string(StopEffect effect) noexcept {
    switch (effect) {
        case StopEffect::MarksStopRequested:
            return "marked STOP_REQUESTED; ends STOPPED, or COMPLETED if it finished first";
        case StopEffect::AlreadyStopping: return "no change: a stop is already under way (undocumented)";
        case StopEffect::AlreadyEnded: return "no change: the job has ended (undocumented)";
        case StopEffect::NotStarted: return "no change predicted: the job has not started (undocumented)";
    }
    return "unknown";
}

}  // inline namespace STTJ_DETAIL_ISA

}  // namespace sttj

#endif  // STTJ_LIFECYCLE_HPP
