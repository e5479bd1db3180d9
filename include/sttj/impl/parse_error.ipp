#ifndef STTJ_IMPL_PARSE_ERROR_IPP
#define STTJ_IMPL_PARSE_ERROR_IPP

// parse_error's run-time code, which is its definition: included by
// parse_error.hpp in a header-only build, and compiled once by src/sttj.cpp
// with STTJ_SEPARATE_COMPILATION.

#include <string_view>

#include "../parse_error.hpp"

namespace sttj::detail::inline STTJ_DETAIL_RUN_TIME {

STTJ_DETAIL_FUNC Result<ErrorResponse> parse_error_run_time(std::string_view body,
                                                            std::string_view error_type_header) noexcept {
    return parse_error_general(body, error_type_header);
}

}  // namespace sttj::detail::inline STTJ_DETAIL_RUN_TIME

#endif  // STTJ_IMPL_PARSE_ERROR_IPP
