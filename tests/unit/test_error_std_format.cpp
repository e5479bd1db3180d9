// std::format support of <sttj/error_format.hpp>, where the standard library
// has <format> (__cpp_lib_format); skipped (exit 77) elsewhere, which
// includes Debian 12's GCC 12 and libc++ 14.
#include <sttj/error_format.hpp>

#include <version>

#include <catch2/catch.hpp>

#include "../support/skip.hpp"

#if defined(__cpp_lib_format) && __cpp_lib_format >= 201907L
#include <format>
#include <string>

TEST_CASE("std::format writes an Error's text", "[error_format]") {
    const sttj::Error error{sttj::ErrorCategory::Schema, 12, "missing required member", "JobId"};
    CHECK(std::format("{}", error) == "schema error at byte 12 (JobId): missing required member");
    CHECK(std::format("{}", error) == sttj::to_string(error));
    CHECK(std::format("{}", sttj::Error{sttj::ErrorCategory::Syntax, 0, "m"}) == "syntax error at byte 0: m");
    // The format spec is a string's: width, fill, alignment, precision.
    CHECK(std::format("[{:.12}]", error) == "[schema error]");
    CHECK(std::format("[{:*>30.12}]", error) == "[******************schema error]");
    CHECK(std::format("[{:<28}]", sttj::Error{sttj::ErrorCategory::Limit, 5, "x"}) == "[limit error at byte 5: x    ]");
}

#else

TEST_CASE("std::format writes an Error's text", "[error_format]") {
    sttj_test::skip("the standard library has no std::format (__cpp_lib_format)");
}

#endif
