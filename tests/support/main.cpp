// The one Catch2 v2 main, compiled once into a static library and linked
// into every test executable (it takes ~13 s to compile). An executable
// in which a check could not run (skip.hpp) and nothing failed exits 77:
// Meson reports it skipped, not passed.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <cstdio>

#include "skip.hpp"

int main(int argc, char* argv[]) {
    const int failures = Catch::Session().run(argc, argv);
    if (failures != 0 || sttj_test::skipped_checks().empty()) return failures;
    for (const std::string& reason : sttj_test::skipped_checks()) std::printf("SKIP: %s\n", reason.c_str());
    return 77;
}
