// Built with -fno-exceptions (tests/meson.build): Result::value() on an error
// calls std::abort(). No Catch2 (it needs exceptions): SIGABRT's handler
// exits 0, and every other way out (a return, std::exit) exits 1.
#include <sttj/result.hpp>

#include <csignal>
#include <cstdio>
#include <cstdlib>

#if defined(__cpp_exceptions)
#error "build this test with -fno-exceptions"
#endif

namespace {

void aborted(int) { std::_Exit(0); }
void exited() { std::_Exit(1); }

}  // namespace

int main() {
    std::atexit(exited);
    const sttj::Result<int> ok{42};
    const sttj::Result<int> failed{sttj::Unexpected{sttj::Error{sttj::ErrorCategory::Schema, 7, "missing JobId"}}};
    static_assert(noexcept(failed.value()), "value() cannot throw under -fno-exceptions");
    if (ok.value() != 42) {
        std::puts("FAIL: value() on a value");
        return 1;
    }
    if (std::signal(SIGABRT, aborted) == SIG_ERR) {
        std::puts("FAIL: cannot catch SIGABRT");
        return 1;
    }
    const int value = failed.value();  // must abort
    std::printf("FAIL: value() on an error returned %d\n", value);
    return 1;
}
