#ifndef STTJ_MODEL_HPP
#define STTJ_MODEL_HPP

#include <optional>

#include "job_id.hpp"
#include "job_status.hpp"

namespace sttj {

/// The input of StopTextTranslationJob: `{"JobId": "..."}`, JobId required.
struct StopTextTranslationJobRequest {
    JobId job_id;

    friend constexpr bool operator==(const StopTextTranslationJobRequest&,
                                     const StopTextTranslationJobRequest&) noexcept = default;
};

/// The output of StopTextTranslationJob. Both members are optional on the wire
/// (the model marks neither required); absent and `null` mean the same.
struct StopTextTranslationJobResponse {
    std::optional<JobId> job_id;
    std::optional<JobStatus> job_status;

    friend constexpr bool operator==(const StopTextTranslationJobResponse&,
                                     const StopTextTranslationJobResponse&) noexcept = default;
};

}  // namespace sttj

#endif  // STTJ_MODEL_HPP
