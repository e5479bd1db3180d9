// Result's interop with std::expected, built with -std=c++2b (tests/meson.build).
// Skipped (exit 77) where the standard library has no <expected> in C++23
// mode: libc++ 14, and libstdc++ 12 under Clang 14.
#include <sttj/result.hpp>

#include <type_traits>
#include <version>

#include <catch2/catch.hpp>
#include <sttj/parse.hpp>

#include "../support/skip.hpp"

#if defined(__cpp_lib_expected) && __cpp_lib_expected >= 202202L
#include <expected>

namespace {

using sttj::Error;
using sttj::ErrorCategory;
using sttj::Result;
using sttj::Unexpected;

struct Point {
    int x;
    int y;
    friend constexpr bool operator==(const Point&, const Point&) noexcept = default;
};

constexpr Error schema_error{ErrorCategory::Schema, 7, "missing JobId", "JobId"};

}  // namespace

TEST_CASE("Result::to_expected", "[result][cxx23]") {
    const std::expected<int, Error> value = Result<int>{42}.to_expected();
    REQUIRE(value.has_value());
    CHECK(*value == 42);

    const std::expected<int, Error> failure = Result<int>{Unexpected{schema_error}}.to_expected();
    REQUIRE_FALSE(failure.has_value());
    CHECK(failure.error() == schema_error);
    CHECK(failure.error().member == "JobId");

    const std::expected<Point, int> point = Result<Point, int>{Point{1, 2}}.to_expected();
    REQUIRE(point.has_value());
    CHECK(*point == Point{1, 2});
    const std::expected<Point, int> code = Result<Point, int>{Unexpected{-3}}.to_expected();
    REQUIRE_FALSE(code.has_value());
    CHECK(code.error() == -3);

    // A value and an error of one type stay apart.
    CHECK(Result<int, int>{5}.to_expected() == std::expected<int, int>{5});
    CHECK(Result<int, int>{Unexpected{5}}.to_expected() == std::expected<int, int>{std::unexpect, 5});
    CHECK_FALSE(Result<int, int>{Unexpected{5}}.to_expected().has_value());

    // A parse result, as a C++23 program would take it.
    const auto request = sttj::parse_request(R"({"JobId":"abc"})").to_expected();
    REQUIRE(request.has_value());
    CHECK(request->job_id.view() == "abc");
    const auto bad = sttj::parse_request("{}").to_expected();
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error() == Error{ErrorCategory::Schema, 0, "missing required member", "JobId"});

    STATIC_REQUIRE(std::is_same_v<decltype(Result<int>{1}.to_expected()), std::expected<int, Error>>);
    STATIC_REQUIRE(noexcept(Result<int>{1}.to_expected()));
    STATIC_REQUIRE(Result<int>{42}.to_expected() == std::expected<int, Error>{42});
    STATIC_REQUIRE(Result<int>{Unexpected{schema_error}}.to_expected() == std::unexpected{schema_error});
}

TEST_CASE("Result from a std::expected", "[result][cxx23]") {
    const Result<int> value{std::expected<int, Error>{42}};
    CHECK(value == 42);
    const Result<int> failure{std::expected<int, Error>{std::unexpect, schema_error}};
    CHECK(failure == Unexpected{schema_error});
    const Result<Point, int> point{std::expected<Point, int>{Point{3, 4}}};
    CHECK(point == Point{3, 4});
    const Result<int, int> code{std::expected<int, int>{std::unexpect, 4}};
    CHECK(code == Unexpected{4});
    CHECK_FALSE(code.has_value());

    // Round trips.
    CHECK(Result<int>{Result<int>{9}.to_expected()} == 9);
    CHECK(Result<int>{Result<int>{Unexpected{schema_error}}.to_expected()} == Unexpected{schema_error});

    // Explicit in this direction; to_expected() in the other.
    STATIC_REQUIRE(std::is_nothrow_constructible_v<Result<int>, const std::expected<int, Error>&>);
    STATIC_REQUIRE_FALSE(std::is_convertible_v<std::expected<int, Error>, Result<int>>);
    STATIC_REQUIRE_FALSE(std::is_convertible_v<Result<int>, std::expected<int, Error>>);
    STATIC_REQUIRE(Result<int>{std::expected<int, Error>{5}} == 5);
    STATIC_REQUIRE(Result<int>{std::expected<int, Error>{std::unexpect, schema_error}} == Unexpected{schema_error});
}

#else

TEST_CASE("Result and std::expected", "[result][cxx23]") {
    sttj_test::skip("the standard library has no std::expected in C++23 mode (__cpp_lib_expected)");
}

#endif
