#ifndef STTJ_IMPL_SERIALIZE_IPP
#define STTJ_IMPL_SERIALIZE_IPP

// The writers' run-time code. Included by serialize.hpp in a header-only
// build, and by src/sttj.cpp with STTJ_SEPARATE_COMPILATION.

#include <cstddef>

#include "../detail/write_fast_path.hpp"
#include "../serialize.hpp"

namespace sttj::detail::inline STTJ_DETAIL_RUN_TIME {

#if defined(STTJ_DETAIL_FAST_PATHS)
// The unescaped fast path for a request or response; the general writer
// also reports a buffer too small.
STTJ_DETAIL_FUNC Result<std::size_t> write_json_run_time(const StopTextTranslationJobRequest& request,
                                                         OutputBuffer out) noexcept {
    if (const std::size_t size = write_unescaped(request, out)) return size;
    return write_json_general(request, out);
}
STTJ_DETAIL_FUNC Result<std::size_t> write_json_run_time(const StopTextTranslationJobResponse& response,
                                                         OutputBuffer out) noexcept {
    if (const std::size_t size = write_unescaped(response, out)) return size;
    return write_json_general(response, out);
}
// A request or response always fits max_json_size unescaped, so to_json
// does not compile the general writer.
STTJ_DETAIL_FUNC std::size_t write_whole_json(const StopTextTranslationJobRequest& request, OutputBuffer out) noexcept {
    return write_unescaped_opaque(request, out);
}
STTJ_DETAIL_FUNC std::size_t write_whole_json(const StopTextTranslationJobResponse& response,
                                              OutputBuffer out) noexcept {
    return write_unescaped_opaque(response, out);
}
#else
STTJ_DETAIL_FUNC Result<std::size_t> write_json_run_time(const StopTextTranslationJobRequest& request,
                                                         OutputBuffer out) noexcept {
    return write_json_general(request, out);
}
STTJ_DETAIL_FUNC Result<std::size_t> write_json_run_time(const StopTextTranslationJobResponse& response,
                                                         OutputBuffer out) noexcept {
    return write_json_general(response, out);
}
STTJ_DETAIL_FUNC std::size_t write_whole_json(const StopTextTranslationJobRequest& request, OutputBuffer out) noexcept {
    return *write_json_general(request, out);
}
STTJ_DETAIL_FUNC std::size_t write_whole_json(const StopTextTranslationJobResponse& response,
                                              OutputBuffer out) noexcept {
    return *write_json_general(response, out);
}
#endif

// The lenient response and the error response have no fast path.
STTJ_DETAIL_FUNC Result<std::size_t> write_json_run_time(const LenientStopTextTranslationJobResponse& response,
                                                         OutputBuffer out) noexcept {
    return write_json_general(response, out);
}
STTJ_DETAIL_FUNC Result<std::size_t> write_json_run_time(const ErrorResponse& error, OutputBuffer out) noexcept {
    return write_json_general(error, out);
}
STTJ_DETAIL_FUNC std::size_t write_whole_json(const LenientStopTextTranslationJobResponse& response,
                                              OutputBuffer out) noexcept {
    return *write_json_general(response, out);
}
STTJ_DETAIL_FUNC std::size_t write_whole_json(const ErrorResponse& error, OutputBuffer out) noexcept {
    return *write_json_general(error, out);
}

}  // namespace sttj::detail::inline STTJ_DETAIL_RUN_TIME

#endif  // STTJ_IMPL_SERIALIZE_IPP
