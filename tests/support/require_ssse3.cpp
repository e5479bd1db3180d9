// Linked into test_job_id_ssse3 (built with -mssse3 -mpopcnt): on a CPU
// without them the test is skipped (exit 77 is Meson's "skipped") before
// any of their instructions runs.
#include <cstdio>
#include <cstdlib>

namespace {

[[maybe_unused]] const bool cpu_checked = [] {
#if defined(__SSSE3__) && defined(__POPCNT__)
    if (!__builtin_cpu_supports("ssse3") || !__builtin_cpu_supports("popcnt")) {
        std::fputs("test_job_id_ssse3: this CPU has no SSSE3 or no POPCNT: skipped\n", stderr);
        std::exit(77);
    }
#else
#error "require_ssse3.cpp belongs in a build with -mssse3 -mpopcnt"
#endif
    return true;
}();

}  // namespace
