#ifndef STTJ_IMPL_JOB_ID_IPP
#define STTJ_IMPL_JOB_ID_IPP

// The JobId validators' run-time code. Included by job_id.hpp in a
// header-only build, and by src/sttj.cpp with STTJ_SEPARATE_COMPILATION.

#include <cstdint>
#include <optional>
#include <string_view>

#include "../detail/job_id_fast_path.hpp"
#include "../job_id.hpp"

namespace sttj {

#if defined(STTJ_DETAIL_SSE2)
// The reasons the JobId fast path reports are JobIdReason's values.
static_assert(detail::job_id_fast_empty == static_cast<std::uint8_t>(JobIdReason::Empty) &&
              detail::job_id_fast_too_long == static_cast<std::uint8_t>(JobIdReason::TooLong) &&
              detail::job_id_fast_encoding == static_cast<std::uint8_t>(JobIdReason::Encoding) &&
              detail::job_id_fast_character == static_cast<std::uint8_t>(JobIdReason::Character));
#endif

namespace detail::inline STTJ_DETAIL_RUN_TIME {

STTJ_DETAIL_FUNC std::optional<JobIdError> find_job_id_error_run_time(std::string_view utf8) noexcept {
#if defined(STTJ_DETAIL_SSE2)
    // The common id (16..32 ASCII letters, digits and `-./:`, e.g. 32 hex
    // digits or a UUID) is decided here, inline: two vector loads, no call.
    // Anything else goes to the full check.
    if (is_common_id_16_to_32(utf8.data(), utf8.size())) return std::nullopt;
    const JobIdFastVerdict verdict = find_job_id_problem_fast(utf8.data(), utf8.size());
    if (verdict.reason == job_id_fast_valid) return std::nullopt;
    return JobIdError{static_cast<JobIdReason>(verdict.reason), verdict.offset, verdict.code_point,
                      verdict.utf8_problem};
#else
    return find_job_id_error_scalar(utf8);
#endif
}

STTJ_DETAIL_FUNC bool is_valid_job_id_run_time(std::string_view utf8) noexcept {
#if defined(STTJ_DETAIL_SSE2)
    // An invalid id stops at the first check it fails.
    return is_valid_job_id_sse2(utf8.data(), utf8.size());
#else
    return is_valid_job_id_scalar(utf8);
#endif
}

}  // namespace detail::inline STTJ_DETAIL_RUN_TIME

}  // namespace sttj

#endif  // STTJ_IMPL_JOB_ID_IPP
