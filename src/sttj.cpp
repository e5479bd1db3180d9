// sttj's run-time code, compiled once, for a program whose every translation
// unit defines STTJ_SEPARATE_COMPILATION (include/sttj/config.hpp). Build
// systems compile it for you: Meson's sttj_compiled_dep, CMake's
// sttj::compiled. By hand: add this file to the program, compiled with
// -DSTTJ_SEPARATE_COMPILATION and sttj's include directory.

#if !defined(STTJ_SEPARATE_COMPILATION)
#error "src/sttj.cpp is for programs built with STTJ_SEPARATE_COMPILATION defined in every translation unit"
#endif

#include <sttj/sttj.hpp>

#include <sttj/impl/job_id.ipp>
#include <sttj/impl/parse.ipp>
#include <sttj/impl/parse_error.ipp>
#include <sttj/impl/serialize.ipp>

namespace sttj::detail {
// Defined thread_local here and as an ordinary variable by each header-only
// TU, so that a program mixing the two modes fails to link (config.hpp).
extern thread_local const char every_tu_must_agree_on_STTJ_SEPARATE_COMPILATION;
thread_local const char every_tu_must_agree_on_STTJ_SEPARATE_COMPILATION = 1;
}  // namespace sttj::detail
