// Tests for <sttj/result.hpp> (and the Error it defaults to, <sttj/error.hpp>).
// The header comes first: this proves it is self-contained.
#include <sttj/result.hpp>

#include <cstdint>
#include <string_view>
#include <type_traits>
#include <utility>

#include <catch2/catch.hpp>

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

constexpr Error schema_error{ErrorCategory::Schema, 7, "missing JobId"};

constexpr Result<int> ok42{42};
constexpr Result<int> failed{Unexpected{schema_error}};

}  // namespace

TEST_CASE("Result holding a value", "[result]") {
    Result<int> r{42};
    CHECK(r.has_value());
    CHECK(static_cast<bool>(r));
    CHECK(*r == 42);
    CHECK(r.value_or(-1) == 42);

    *r = 9;  // the non-const operator* gives write access
    CHECK(*r == 9);
    CHECK(r.value_or(-1) == 9);

    const Result<int>& cr = r;
    CHECK(&*cr == &*r);
}

TEST_CASE("Result holding an error", "[result]") {
    Result<int> r{Unexpected{schema_error}};
    CHECK_FALSE(r.has_value());
    CHECK_FALSE(static_cast<bool>(r));
    CHECK(r.error() == schema_error);
    CHECK(r.error().category == ErrorCategory::Schema);
    CHECK(r.error().offset == 7);
    CHECK(r.error().message == "missing JobId");
    CHECK(r.value_or(-1) == -1);
}

TEST_CASE("Result operator-> reaches the value's members", "[result]") {
    Result<Point, int> p{Point{1, 2}};
    REQUIRE(p.has_value());
    CHECK(p->x == 1);
    CHECK(p->y == 2);
    p->y = 5;
    CHECK(*p == Point{1, 5});
    CHECK(&p->x == &(*p).x);

    const Result<Point, int> cp{Point{3, 4}};
    CHECK(cp->x == 3);
    CHECK(cp->y == 4);
    CHECK(cp.value_or(Point{0, 0}) == Point{3, 4});

    const Result<Point, int> bad{Unexpected{17}};
    CHECK(bad.error() == 17);
    CHECK(bad.value_or(Point{8, 9}) == Point{8, 9});
}

TEST_CASE("Result equality", "[result]") {
    CHECK(Result<int>{3} == Result<int>{3});
    CHECK_FALSE(Result<int>{3} == Result<int>{4});

    CHECK(Result<int>{Unexpected{schema_error}} == Result<int>{Unexpected{schema_error}});
    // Errors differing in one field each.
    CHECK_FALSE(Result<int>{Unexpected{schema_error}} ==
                Result<int>{Unexpected{Error{ErrorCategory::Syntax, 7, "missing JobId"}}});
    CHECK_FALSE(Result<int>{Unexpected{schema_error}} ==
                Result<int>{Unexpected{Error{ErrorCategory::Schema, 8, "missing JobId"}}});
    CHECK_FALSE(Result<int>{Unexpected{schema_error}} ==
                Result<int>{Unexpected{Error{ErrorCategory::Schema, 7, "duplicate JobId"}}});

    // A value never equals an error, even with the same representation.
    CHECK_FALSE(Result<int, int>{3} == Result<int, int>{Unexpected{3}});
    CHECK_FALSE(Result<int, int>{Unexpected{3}} == Result<int, int>{3});
    CHECK(Result<int, int>{Unexpected{3}} == Result<int, int>{Unexpected{3}});
    CHECK_FALSE(Result<int, int>{Unexpected{3}} == Result<int, int>{Unexpected{4}});

    // != is synthesised from ==.
    CHECK(Result<int>{3} != Result<int>{Unexpected{schema_error}});
    CHECK_FALSE(Result<int>{3} != Result<int>{3});
}

TEST_CASE("Result copies keep their state", "[result]") {
    Result<Point, int> a{Point{1, 2}};
    Result<Point, int> b = a;
    b->x = 10;
    CHECK(a->x == 1);  // a copy, not a reference
    CHECK(b->x == 10);

    Result<Point, int> e{Unexpected{5}};
    b = e;
    CHECK_FALSE(b.has_value());
    CHECK(b.error() == 5);
}

TEST_CASE("Result and Unexpected types", "[result]") {
    STATIC_REQUIRE(std::is_same_v<decltype(Unexpected{schema_error}), Unexpected<Error>>);
    STATIC_REQUIRE(std::is_same_v<decltype(Unexpected{3}), Unexpected<int>>);
    STATIC_REQUIRE(std::is_same_v<Result<int>::value_type, int>);
    STATIC_REQUIRE(std::is_same_v<Result<int>::error_type, Error>);
    STATIC_REQUIRE(std::is_same_v<Result<Point, int>::error_type, int>);
    STATIC_REQUIRE(std::is_trivially_copyable_v<Result<int>>);
    STATIC_REQUIRE(std::is_trivially_copyable_v<Result<Point, int>>);
    STATIC_REQUIRE(std::is_trivially_destructible_v<Result<int>>);
    STATIC_REQUIRE_FALSE(std::is_default_constructible_v<Result<int>>);
    STATIC_REQUIRE(std::is_nothrow_constructible_v<Result<int>, int>);
    STATIC_REQUIRE(std::is_nothrow_constructible_v<Result<int>, Unexpected<Error>>);
    // Implicit conversions, as `return value;` and `return Unexpected{e};` need.
    STATIC_REQUIRE(std::is_convertible_v<int, Result<int>>);
    STATIC_REQUIRE(std::is_convertible_v<Unexpected<Error>, Result<int>>);
    // operator bool is explicit.
    STATIC_REQUIRE_FALSE(std::is_convertible_v<Result<int>, bool>);
    STATIC_REQUIRE(std::is_constructible_v<bool, Result<int>>);

    Result<int> r{1};
    STATIC_REQUIRE(noexcept(r.has_value()));
    STATIC_REQUIRE(noexcept(*r));
    STATIC_REQUIRE(noexcept(r.error()));
    STATIC_REQUIRE(noexcept(r.value_or(0)));
    STATIC_REQUIRE(noexcept(r == r));
    STATIC_REQUIRE(std::is_same_v<decltype(*r), int&>);
    STATIC_REQUIRE(std::is_same_v<decltype(*std::as_const(r)), const int&>);
    STATIC_REQUIRE(std::is_same_v<decltype(r.error()), const Error&>);
    CHECK(*r == 1);
}

TEST_CASE("Result in constant expressions", "[result][constexpr]") {
    STATIC_REQUIRE(ok42.has_value());
    STATIC_REQUIRE(static_cast<bool>(ok42));
    STATIC_REQUIRE(*ok42 == 42);
    STATIC_REQUIRE(ok42.value_or(0) == 42);
    STATIC_REQUIRE_FALSE(failed.has_value());
    STATIC_REQUIRE_FALSE(static_cast<bool>(failed));
    STATIC_REQUIRE(failed.error() == schema_error);
    STATIC_REQUIRE(failed.error().offset == 7);
    STATIC_REQUIRE(failed.error().message == "missing JobId");
    STATIC_REQUIRE(failed.value_or(-3) == -3);
    STATIC_REQUIRE(ok42 == Result<int>{42});
    STATIC_REQUIRE_FALSE(ok42 == Result<int>{43});
    STATIC_REQUIRE_FALSE(ok42 == failed);
    STATIC_REQUIRE(failed == Result<int>{Unexpected{schema_error}});
    STATIC_REQUIRE_FALSE(Result<int, int>{0} == Result<int, int>{Unexpected{0}});

    // operator-> and a mutable operator* inside a constexpr function.
    constexpr int y = [] {
        Result<Point, int> p{Point{1, 2}};
        p->y += 40;
        (*p).x = 0;
        return p->x + p->y;
    }();
    STATIC_REQUIRE(y == 42);

    // Switching from value to error by assignment, at compile time.
    constexpr bool switched = [] {
        Result<int> r{1};
        r = Result<int>{Unexpected{schema_error}};
        return !r.has_value() && r.error() == schema_error;
    }();
    STATIC_REQUIRE(switched);
}

TEST_CASE("Error equality and ErrorCategory names", "[error]") {
    CHECK(Error{ErrorCategory::Limit, 512, "depth"} == Error{ErrorCategory::Limit, 512, "depth"});
    CHECK_FALSE(Error{ErrorCategory::Limit, 512, "depth"} == Error{ErrorCategory::Limit, 513, "depth"});
    CHECK_FALSE(Error{ErrorCategory::Limit, 512, "depth"} == Error{ErrorCategory::Syntax, 512, "depth"});
    CHECK_FALSE(Error{ErrorCategory::Limit, 512, "depth"} == Error{ErrorCategory::Limit, 512, "Depth"});

    // The member name takes part in equality, and defaults to empty.
    CHECK(Error{ErrorCategory::Schema, 1, "missing"}.member.empty());
    CHECK(Error{ErrorCategory::Schema, 1, "missing", "JobId"} == Error{ErrorCategory::Schema, 1, "missing", "JobId"});
    CHECK_FALSE(Error{ErrorCategory::Schema, 1, "missing", "JobId"} == Error{ErrorCategory::Schema, 1, "missing"});
    CHECK_FALSE(Error{ErrorCategory::Schema, 1, "missing", "JobId"} ==
                Error{ErrorCategory::Schema, 1, "missing", "JobStatus"});

    CHECK(sttj::to_string(ErrorCategory::Syntax) == "syntax");
    CHECK(sttj::to_string(ErrorCategory::Encoding) == "encoding");
    CHECK(sttj::to_string(ErrorCategory::Schema) == "schema");
    CHECK(sttj::to_string(ErrorCategory::Constraint) == "constraint");
    CHECK(sttj::to_string(ErrorCategory::Limit) == "limit");
    CHECK(sttj::to_string(ErrorCategory::Protocol) == "protocol");
    CHECK(sttj::to_string(static_cast<ErrorCategory>(6)) == "unknown");
    CHECK(sttj::to_string(static_cast<ErrorCategory>(255)) == "unknown");
    STATIC_REQUIRE(std::is_same_v<std::underlying_type_t<ErrorCategory>, std::uint8_t>);
}
