#ifndef STTJ_LENIENT_HPP
#define STTJ_LENIENT_HPP

#include <cstddef>
#include <optional>

#include "inline_string.hpp"
#include "job_status.hpp"

namespace sttj {

/// Capacity of each text member of a lenient response: eight times the
/// longest valid JobId, for ids a future service version might allow. A longer
/// value is a Limit error.
inline constexpr std::size_t lenient_text_capacity = 256;

/// A StopTextTranslationJob response read without enforcing output
/// constraints (Smithy's guidance for clients): JobId is any string and
/// JobStatus any text, so a client keeps working when the service adds a
/// status. Opt in with parse_response_lenient(); the strict type is the default.
struct LenientStopTextTranslationJobResponse {
    std::optional<InlineString<lenient_text_capacity>> job_id;
    std::optional<InlineString<lenient_text_capacity>> job_status;

    /// The status if it is one of the seven sttj knows. (A template so that
    /// each instruction set gets its own, detail/isa.hpp.)
    template <class IsaTag = detail::isa_tag>
    [[nodiscard]] constexpr std::optional<JobStatus> known_job_status() const noexcept {
        return job_status ? job_status_from_string(job_status->view()) : std::nullopt;
    }

    friend constexpr bool operator==(const LenientStopTextTranslationJobResponse&,
                                     const LenientStopTextTranslationJobResponse&) noexcept = default;
};

}  // namespace sttj

#endif  // STTJ_LENIENT_HPP
