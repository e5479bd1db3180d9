#ifndef STTJ_IMPL_PARSE_IPP
#define STTJ_IMPL_PARSE_IPP

// The request and response parsers' run-time code. Included by parse.hpp in
// a header-only build, and by src/sttj.cpp with STTJ_SEPARATE_COMPILATION.
//
// Fast paths run before the general reader, and all of them only accept:
// the canonical layouts (detail/parse_canonical.hpp: compact, then
// json.dumps's spaced one), then any layout (detail/parse_fast_path.hpp).
// What they decline, every error included, the general reader reads from
// the start, so errors are the definition's.

#include <optional>
#include <string_view>
#include <utility>

#include "../detail/attributes.hpp"
#include "../detail/parse_canonical.hpp"
#include "../detail/parse_fast_path.hpp"
#include "../parse.hpp"

namespace sttj {

#if defined(STTJ_DETAIL_FAST_PATHS)
namespace detail::inline STTJ_DETAIL_ISA {

// The fast paths for documents the compact canonical path declines, else
// the general reader: out of line, so that the compact path in front of
// them stays small. First the spaced canonical layout (json.dumps's) or the
// pretty-printed one (parse_canonical.hpp: one opens with `{"`, the other
// with `{\n`), then any layout (parse_fast_path.hpp).
// A request from an id the fast paths have checked.
[[nodiscard]] STTJ_DETAIL_ALWAYS_INLINE inline Result<StopTextTranslationJobRequest> request_with(
    std::string_view id) noexcept {
    return {build_from, [id] { return StopTextTranslationJobRequest{JobId{ValidatedJobIdKey{}, id}}; }};
}

[[nodiscard]] STTJ_DETAIL_NOINLINE inline Result<StopTextTranslationJobRequest> parse_request_any_layout(
    std::string_view json) noexcept {
    std::string_view id = canonical_request_job_id<true>(json);
    if (id.empty()) id = pretty_request_job_id(json);
    if (!id.empty() && is_valid_parsed_job_id(id)) return request_with(id);
    // An escaped id is decoded into `doc`, so the request is made while it lives.
    FastDocument doc;
    if (!read_any_layout<false>(json, doc) || doc.job_id.empty()) return parse_request_general(json);
    return request_with(doc.job_id);
}

// A response with both members, from a frame of parse_canonical.hpp. Each
// member is made in place: default-constructing the response first would
// clear all of its bytes.
[[nodiscard]] STTJ_DETAIL_ALWAYS_INLINE inline Result<StopTextTranslationJobResponse> framed_response(
    const CanonicalResponse& framed) noexcept {
    return {build_from, [&framed] {
                return StopTextTranslationJobResponse{
                    std::optional<JobId>{std::in_place, ValidatedJobIdKey{}, framed.job_id},
                    std::optional<OpenJobStatus>{std::in_place, framed.job_status}};
            }};
}

[[nodiscard]] STTJ_DETAIL_NOINLINE inline Result<StopTextTranslationJobResponse> parse_response_any_layout(
    std::string_view json, StatusRule rule) noexcept {
    if (const CanonicalResponse spaced = parse_response_canonical<true>(json); !spaced.job_id.empty()) {
        return framed_response(spaced);
    }
    if (const CanonicalResponse pretty = parse_response_pretty(json); !pretty.job_id.empty()) {
        return framed_response(pretty);
    }
    FastDocument doc;
    if (!read_any_layout<true>(json, doc)) return parse_response_general(json, rule);
    return {build_from, [&doc] {
                return StopTextTranslationJobResponse{
                    doc.job_id.empty() ? std::optional<JobId>{std::nullopt}
                                       : std::optional<JobId>{std::in_place, ValidatedJobIdKey{}, doc.job_id},
                    doc.job_status ? std::optional<OpenJobStatus>{std::in_place, *doc.job_status}
                                   : std::optional<OpenJobStatus>{std::nullopt}};
            }};
}

}  // namespace detail::inline STTJ_DETAIL_ISA
#endif

namespace detail::inline STTJ_DETAIL_RUN_TIME {

STTJ_DETAIL_FUNC Result<StopTextTranslationJobRequest> parse_request_run_time(std::string_view json) noexcept {
#if defined(STTJ_DETAIL_FAST_PATHS)
    const std::string_view id = canonical_request_job_id<false>(json);
    if (!id.empty() && is_valid_job_id_run_time(id)) return request_with(id);
    return parse_request_any_layout(json);
#else
    return parse_request_general(json);
#endif
}

// The fast paths accept only the seven known statuses, so `rule` matters to
// the general reader alone.
STTJ_DETAIL_FUNC Result<StopTextTranslationJobResponse> parse_response_run_time(std::string_view json,
                                                                                StatusRule rule) noexcept {
#if defined(STTJ_DETAIL_FAST_PATHS)
    if (const CanonicalResponse canonical = parse_response_canonical<false>(json); !canonical.job_id.empty()) {
        return framed_response(canonical);
    }
    return parse_response_any_layout(json, rule);
#else
    return parse_response_general(json, rule);
#endif
}

STTJ_DETAIL_FUNC Result<LenientStopTextTranslationJobResponse> parse_response_lenient_run_time(
    std::string_view json) noexcept {
    return parse_response_lenient_general(json);
}

}  // namespace detail::inline STTJ_DETAIL_RUN_TIME

}  // namespace sttj

#endif  // STTJ_IMPL_PARSE_IPP
