#ifndef STTJ_IMPL_SERIALIZE_IPP
#define STTJ_IMPL_SERIALIZE_IPP

// The writers' run-time code. Included by serialize.hpp in a header-only
// build, and by src/sttj.cpp with STTJ_SEPARATE_COMPILATION.

#include <cstddef>
#include <type_traits>

#include "../detail/write_fast_path.hpp"
#include "../serialize.hpp"

namespace sttj::detail::inline STTJ_DETAIL_RUN_TIME {

// write_json's run-time code for any document: the unescaped fast path
// where the document has one (a request or response), else the general
// writer, which also reports a buffer too small.
template <class T>
Result<std::size_t> write_json_any(const T& value, OutputBuffer out) noexcept {
#if defined(STTJ_DETAIL_FAST_PATHS)
    if constexpr (requires { write_unescaped(value, out); }) {
        if (const std::size_t size = write_unescaped(value, out)) return size;
    }
#endif
    return write_json_general(value, out);
}

// to_json's: a request always fits max_json_size unescaped, so to_json
// does not compile the general writer for it; a response falls back to it
// for an unknown status.
template <class T>
std::size_t write_whole_json_any(const T& value, OutputBuffer out) noexcept {
#if defined(STTJ_DETAIL_FAST_PATHS)
    if constexpr (std::is_same_v<T, StopTextTranslationJobRequest>) {
        return write_unescaped_opaque(value, out);
    } else {
        if constexpr (requires { write_unescaped(value, out); }) {
            if (const std::size_t size = write_unescaped_opaque(value, out)) return size;
        }
        return *write_json_general(value, out);
    }
#else
    return *write_json_general(value, out);
#endif
}

STTJ_DETAIL_FUNC Result<std::size_t> write_json_run_time(const StopTextTranslationJobRequest& request,
                                                         OutputBuffer out) noexcept {
    return write_json_any(request, out);
}
STTJ_DETAIL_FUNC Result<std::size_t> write_json_run_time(const StopTextTranslationJobResponse& response,
                                                         OutputBuffer out) noexcept {
    return write_json_any(response, out);
}
STTJ_DETAIL_FUNC Result<std::size_t> write_json_run_time(const LenientStopTextTranslationJobResponse& response,
                                                         OutputBuffer out) noexcept {
    return write_json_any(response, out);
}
STTJ_DETAIL_FUNC Result<std::size_t> write_json_run_time(const ErrorResponse& error, OutputBuffer out) noexcept {
    return write_json_any(error, out);
}
STTJ_DETAIL_FUNC std::size_t write_whole_json(const StopTextTranslationJobRequest& request, OutputBuffer out) noexcept {
    return write_whole_json_any(request, out);
}
STTJ_DETAIL_FUNC std::size_t write_whole_json(const StopTextTranslationJobResponse& response,
                                              OutputBuffer out) noexcept {
    return write_whole_json_any(response, out);
}
STTJ_DETAIL_FUNC std::size_t write_whole_json(const LenientStopTextTranslationJobResponse& response,
                                              OutputBuffer out) noexcept {
    return write_whole_json_any(response, out);
}
STTJ_DETAIL_FUNC std::size_t write_whole_json(const ErrorResponse& error, OutputBuffer out) noexcept {
    return write_whole_json_any(error, out);
}

}  // namespace sttj::detail::inline STTJ_DETAIL_RUN_TIME

#endif  // STTJ_IMPL_SERIALIZE_IPP
