// Linked into test_job_id_ssse3 (built with -mssse3): on a CPU without SSSE3
// the test is skipped (exit 77 is Meson's "skipped") before any SSSE3
// instruction runs.
#include <cstdio>
#include <cstdlib>

namespace {

[[maybe_unused]] const bool cpu_checked = [] {
#if defined(__SSSE3__)
    if (!__builtin_cpu_supports("ssse3")) {
        std::fputs("test_job_id_ssse3: this CPU has no SSSE3: skipped\n", stderr);
        std::exit(77);
    }
#else
#error "require_ssse3.cpp belongs in a build with -mssse3"
#endif
    return true;
}();

}  // namespace
