#ifndef STTJ_TESTS_SKIP_HPP
#define STTJ_TESTS_SKIP_HPP

// Checks that cannot run (their input, such as ../shared, is missing) say
// so here instead of passing: the test executable then exits 77, which
// Meson counts as skipped (tests/support/main.cpp).

#include <string>
#include <vector>

namespace sttj_test {

inline std::vector<std::string>& skipped_checks() {
    static std::vector<std::string> reasons;
    return reasons;
}

/// Records that a check did not run, and why; the caller then returns.
inline void skip(std::string reason) { skipped_checks().push_back(std::move(reason)); }

}  // namespace sttj_test

#endif  // STTJ_TESTS_SKIP_HPP
