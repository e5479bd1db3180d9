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
/// JobStatus is open: a status this library does not know is kept as text.
struct StopTextTranslationJobResponse {
    std::optional<JobId> job_id;
    std::optional<OpenJobStatus> job_status;

    friend constexpr bool operator==(const StopTextTranslationJobResponse&,
                                     const StopTextTranslationJobResponse&) noexcept = default;
};

}  // namespace sttj

#endif  // STTJ_MODEL_HPP
