// Tests for <sttj/result.hpp> (and the Error it defaults to, <sttj/error.hpp>).
// The header comes first: this proves it is self-contained.
#include <sttj/result.hpp>

#include <cstdint>
#include <exception>
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

namespace {

constexpr Error syntax_error{ErrorCategory::Syntax, 3, "expected a value"};

// Records how a callable was called: which value category it received.
enum class Got { Nothing, Lvalue, ConstLvalue, Rvalue, ConstRvalue };
struct Recorder {
    Got* got;
    constexpr int operator()(int& v) const noexcept { return *got = Got::Lvalue, v + 1; }
    constexpr int operator()(const int& v) const noexcept { return *got = Got::ConstLvalue, v + 2; }
    constexpr int operator()(int&& v) const noexcept { return *got = Got::Rvalue, v + 3; }
    constexpr int operator()(const int&& v) const noexcept { return *got = Got::ConstRvalue, v + 4; }
};

// A value that can be neither copied nor moved: transform must build it in place.
struct Pinned {
    int v;
    constexpr explicit Pinned(int x) noexcept : v(x) {}
    Pinned(const Pinned&) = delete;
    Pinned& operator=(const Pinned&) = delete;
};

struct Wrapper {
    int v;
    [[nodiscard]] constexpr int doubled() const noexcept { return 2 * v; }
};

template <class Derived>
struct CaptureBase {
    template <class Rhs>
    constexpr int operator==(const Rhs&) const noexcept {
        return 7;
    }
};
template <class T>
struct Capture : CaptureBase<Capture<T>> {};

constexpr Result<int> half(int v) noexcept {
    if (v % 2 != 0) return Unexpected{Error{ErrorCategory::Constraint, static_cast<std::size_t>(v), "odd"}};
    return v / 2;
}

}  // namespace

TEST_CASE("Result::value returns the value by reference", "[result][value]") {
    Result<int> r{42};
    CHECK(r.value() == 42);
    CHECK(&r.value() == &*r);
    r.value() = 7;
    CHECK(*r == 7);
    const Result<int>& cr = r;
    CHECK(&cr.value() == &*r);
    CHECK(std::move(r).value() == 7);

    STATIC_REQUIRE(std::is_same_v<decltype(r.value()), int&>);
    STATIC_REQUIRE(std::is_same_v<decltype(cr.value()), const int&>);
    STATIC_REQUIRE(std::is_same_v<decltype(std::move(r).value()), int&&>);
    STATIC_REQUIRE(std::is_same_v<decltype(std::move(cr).value()), const int&&>);
    STATIC_REQUIRE(ok42.value() == 42);
    STATIC_REQUIRE(Result<int>{5}.value() == 5);
}

#if defined(__cpp_exceptions)
TEST_CASE("Result::value on an error throws BadResultAccess holding the error", "[result][value]") {
    Result<int> r{Unexpected{schema_error}};
    STATIC_REQUIRE_FALSE(noexcept(r.value()));
    STATIC_REQUIRE(std::is_base_of_v<sttj::BadResultAccess<void>, sttj::BadResultAccess<Error>>);
    STATIC_REQUIRE(std::is_base_of_v<std::exception, sttj::BadResultAccess<void>>);

    bool caught = false;
    try {
        static_cast<void>(r.value());
    } catch (const sttj::BadResultAccess<Error>& e) {
        caught = true;
        CHECK(e.error() == schema_error);
        CHECK(std::string_view(e.what()) == "sttj::Result::value() on an error");
    }
    CHECK(caught);

    const Result<Point, int>& bad = Result<Point, int>{Unexpected{17}};
    using BadIntAccess = sttj::BadResultAccess<int>;
    CHECK_THROWS_AS(bad.value(), BadIntAccess);
    using BadAccess = sttj::BadResultAccess<void>;
    using PointOrInt = Result<Point, int>;
    CHECK_THROWS_AS(PointOrInt{Unexpected{17}}.value(), BadAccess);
    CHECK_THROWS_AS(std::move(bad).value(), std::exception);
    try {
        static_cast<void>(std::move(bad).value());
    } catch (const sttj::BadResultAccess<int>& e) {
        CHECK(e.error() == 17);
    }
    CHECK_NOTHROW(PointOrInt{Point{1, 2}}.value());
}
#endif

TEST_CASE("Result::value_or and error_or", "[result]") {
    CHECK(Result<int>{4}.value_or(9) == 4);  // rvalue overload
    CHECK(failed.value_or(9) == 9);
    CHECK(Result<int>{Unexpected{schema_error}}.value_or(9) == 9);
    CHECK(Result<Point, int>{Unexpected{1}}.value_or({}) == Point{0, 0});  // braced fallback: U defaults to T
    CHECK(Result<long, int>{Unexpected{1}}.value_or(3) == 3L);             // converted fallback

    CHECK(ok42.error_or(syntax_error) == syntax_error);
    CHECK(failed.error_or(syntax_error) == schema_error);
    CHECK(Result<int>{4}.error_or(syntax_error) == syntax_error);
    CHECK(Result<int>{Unexpected{schema_error}}.error_or(syntax_error) == schema_error);
    CHECK(Result<int, int>{5}.error_or(-1) == -1);
    CHECK(Result<int, int>{Unexpected{5}}.error_or(-1) == 5);

    STATIC_REQUIRE(ok42.error_or(syntax_error) == syntax_error);
    STATIC_REQUIRE(failed.error_or(syntax_error) == schema_error);
    STATIC_REQUIRE(Result<int>{4}.value_or(9) == 4);
    STATIC_REQUIRE(noexcept(ok42.error_or(syntax_error)));
    STATIC_REQUIRE(noexcept(Result<int>{4}.value_or(9)));
    STATIC_REQUIRE(std::is_same_v<decltype(ok42.error_or(syntax_error)), Error>);
}

TEST_CASE("Result::and_then", "[result][monadic]") {
    // On a value: f's Result, whichever state it holds.
    CHECK(Result<int>{8}.and_then(half) == Result<int>{4});
    CHECK(Result<int>{6}.and_then(half).and_then(half) ==
          Result<int>{Unexpected{Error{ErrorCategory::Constraint, 3, "odd"}}});
    // On an error: the same error, and f is not called.
    int calls = 0;
    const auto counted = [&calls](int v) { return ++calls, Result<int>{v}; };
    CHECK(failed.and_then(counted) == failed);
    CHECK(calls == 0);
    CHECK(ok42.and_then(counted) == Result<int>{42});
    CHECK(calls == 1);

    // f may change the value type, not the error type.
    const auto to_point = [](int v) noexcept { return Result<Point>{Point{v, -v}}; };
    STATIC_REQUIRE(std::is_same_v<decltype(ok42.and_then(to_point)), Result<Point>>);
    CHECK(ok42.and_then(to_point) == Result<Point>{Point{42, -42}});
    CHECK(failed.and_then(to_point) == Result<Point>{Unexpected{schema_error}});

    // f receives the value with *this's value category.
    Got got = Got::Nothing;
    const auto wrap = [&got](auto&& v) { return Result<int>{Recorder{&got}(static_cast<decltype(v)&&>(v))}; };
    Result<int> r{10};
    const Result<int>& cr = r;
    CHECK(r.and_then(wrap) == Result<int>{11});
    CHECK(got == Got::Lvalue);
    CHECK(cr.and_then(wrap) == Result<int>{12});
    CHECK(got == Got::ConstLvalue);
    CHECK(std::move(r).and_then(wrap) == Result<int>{13});
    CHECK(got == Got::Rvalue);
    CHECK(std::move(cr).and_then(wrap) == Result<int>{14});
    CHECK(got == Got::ConstRvalue);

    STATIC_REQUIRE(Result<int>{8}.and_then(half).and_then(half) == Result<int>{2});
    STATIC_REQUIRE(Result<int>{12}.and_then(half).and_then(half).and_then(half) ==
                   Result<int>{Unexpected{Error{ErrorCategory::Constraint, 3, "odd"}}});
    STATIC_REQUIRE(noexcept(ok42.and_then(to_point)));
    STATIC_REQUIRE_FALSE(noexcept(ok42.and_then(counted)));
}

TEST_CASE("Result::or_else", "[result][monadic]") {
    // On an error: f's Result, which may recover or fail with another error type.
    const auto recover = [](const Error& e) noexcept { return Result<int>{static_cast<int>(e.offset)}; };
    CHECK(failed.or_else(recover) == Result<int>{7});
    const auto category = [](const Error& e) noexcept { return Result<int, ErrorCategory>{Unexpected{e.category}}; };
    STATIC_REQUIRE(std::is_same_v<decltype(failed.or_else(category)), Result<int, ErrorCategory>>);
    CHECK(failed.or_else(category) == Result<int, ErrorCategory>{Unexpected{ErrorCategory::Schema}});
    // On a value: the same value, and f is not called.
    int calls = 0;
    const auto counted = [&calls](const Error&) { return ++calls, Result<int>{0}; };
    CHECK(ok42.or_else(counted) == Result<int>{42});
    CHECK(ok42.or_else(category) == Result<int, ErrorCategory>{42});
    CHECK(calls == 0);
    CHECK(failed.or_else(counted) == Result<int>{0});
    CHECK(calls == 1);

    // f receives the error with *this's value category.
    Got got = Got::Nothing;
    const auto wrap = [&got](auto&& e) { return Result<int, int>{Recorder{&got}(static_cast<decltype(e)&&>(e))}; };
    Result<int, int> r{Unexpected{10}};
    const Result<int, int>& cr = r;
    CHECK(r.or_else(wrap) == Result<int, int>{11});
    CHECK(got == Got::Lvalue);
    CHECK(cr.or_else(wrap) == Result<int, int>{12});
    CHECK(got == Got::ConstLvalue);
    CHECK(std::move(r).or_else(wrap) == Result<int, int>{13});
    CHECK(got == Got::Rvalue);
    CHECK(std::move(cr).or_else(wrap) == Result<int, int>{14});
    CHECK(got == Got::ConstRvalue);

    STATIC_REQUIRE(failed.or_else(recover) == Result<int>{7});
    STATIC_REQUIRE(ok42.or_else(recover) == Result<int>{42});
    STATIC_REQUIRE(noexcept(failed.or_else(recover)));
    STATIC_REQUIRE_FALSE(noexcept(failed.or_else(counted)));
}

TEST_CASE("Result::transform", "[result][monadic]") {
    const auto twice = [](int v) noexcept { return 2 * v; };
    CHECK(ok42.transform(twice) == Result<int>{84});
    CHECK(failed.transform(twice) == failed);
    const auto to_point = [](int v) noexcept { return Point{v, v + 1}; };
    STATIC_REQUIRE(std::is_same_v<decltype(ok42.transform(to_point)), Result<Point>>);
    CHECK(ok42.transform(to_point) == Result<Point>{Point{42, 43}});
    CHECK(failed.transform(to_point) == Result<Point>{Unexpected{schema_error}});

    // On an error, f is not called.
    int calls = 0;
    const auto counted = [&calls](int v) { return ++calls, v; };
    CHECK(failed.transform(counted) == failed);
    CHECK(calls == 0);
    CHECK(ok42.transform(counted) == Result<int>{42});
    CHECK(calls == 1);

    // Pointers to members, as std::invoke calls them; a returned reference is copied.
    const Result<Point, int> p{Point{3, 4}};
    STATIC_REQUIRE(std::is_same_v<decltype(p.transform(&Point::y)), Result<int, int>>);
    CHECK(p.transform(&Point::y) == Result<int, int>{4});
    CHECK(Result<Wrapper>{Wrapper{21}}.transform(&Wrapper::doubled) == Result<int>{42});
    CHECK(Result<Wrapper>{Unexpected{schema_error}}.transform(&Wrapper::doubled) ==
          Result<int>{Unexpected{schema_error}});
    const auto first = [](const Point& q) -> const int& { return q.x; };
    STATIC_REQUIRE(std::is_same_v<decltype(p.transform(first)), Result<int, int>>);
    CHECK(p.transform(first) == Result<int, int>{3});

    // The new value is made in place: a type that cannot be copied or moved works.
    const auto pin = [](int v) noexcept { return Pinned{v}; };
    const Result<Pinned> pinned = ok42.transform(pin);
    REQUIRE(pinned.has_value());
    CHECK(pinned->v == 42);
    const Result<Pinned> pinned_error = failed.transform(pin);
    CHECK(pinned_error.error() == schema_error);

    // f receives the value with *this's value category.
    Got got = Got::Nothing;
    Result<int> r{10};
    const Result<int>& cr = r;
    CHECK(r.transform(Recorder{&got}) == Result<int>{11});
    CHECK(got == Got::Lvalue);
    CHECK(cr.transform(Recorder{&got}) == Result<int>{12});
    CHECK(got == Got::ConstLvalue);
    CHECK(std::move(r).transform(Recorder{&got}) == Result<int>{13});
    CHECK(got == Got::Rvalue);
    CHECK(std::move(cr).transform(Recorder{&got}) == Result<int>{14});
    CHECK(got == Got::ConstRvalue);

    STATIC_REQUIRE(ok42.transform(twice) == Result<int>{84});
    STATIC_REQUIRE(failed.transform(twice).error() == schema_error);
    STATIC_REQUIRE(Result<Point, int>{Point{5, 6}}.transform(&Point::x) == Result<int, int>{5});
    STATIC_REQUIRE(ok42.transform(pin)->v == 42);
    STATIC_REQUIRE(noexcept(ok42.transform(twice)));
    STATIC_REQUIRE_FALSE(noexcept(ok42.transform(counted)));
}

TEST_CASE("Result::transform_error", "[result][monadic]") {
    const auto offset = [](const Error& e) noexcept { return e.offset; };
    STATIC_REQUIRE(std::is_same_v<decltype(failed.transform_error(offset)), Result<int, std::size_t>>);
    CHECK(failed.transform_error(offset) == Result<int, std::size_t>{Unexpected{std::size_t{7}}});
    CHECK(ok42.transform_error(offset) == Result<int, std::size_t>{42});
    CHECK(failed.transform_error(&Error::category) == Result<int, ErrorCategory>{Unexpected{ErrorCategory::Schema}});

    // On a value, f is not called.
    int calls = 0;
    const auto counted = [&calls](const Error& e) { return ++calls, e; };
    CHECK(ok42.transform_error(counted) == ok42);
    CHECK(calls == 0);
    CHECK(failed.transform_error(counted) == failed);
    CHECK(calls == 1);

    // f receives the error with *this's value category.
    Got got = Got::Nothing;
    Result<Point, int> r{Unexpected{10}};
    const Result<Point, int>& cr = r;
    CHECK(r.transform_error(Recorder{&got}).error() == 11);
    CHECK(got == Got::Lvalue);
    CHECK(cr.transform_error(Recorder{&got}).error() == 12);
    CHECK(got == Got::ConstLvalue);
    CHECK(std::move(r).transform_error(Recorder{&got}).error() == 13);
    CHECK(got == Got::Rvalue);
    CHECK(std::move(cr).transform_error(Recorder{&got}).error() == 14);
    CHECK(got == Got::ConstRvalue);

    STATIC_REQUIRE(failed.transform_error(offset).error() == 7);
    STATIC_REQUIRE(*ok42.transform_error(offset) == 42);
    STATIC_REQUIRE(noexcept(failed.transform_error(offset)));
    STATIC_REQUIRE_FALSE(noexcept(failed.transform_error(counted)));
}

TEST_CASE("Result compares with a value and with an Unexpected", "[result]") {
    CHECK(ok42 == 42);
    CHECK(42 == ok42);
    CHECK(ok42 != 41);
    CHECK_FALSE(failed == 42);
    CHECK(failed == Unexpected{schema_error});
    CHECK(Unexpected{schema_error} == failed);
    CHECK_FALSE(failed == Unexpected{syntax_error});
    CHECK_FALSE(ok42 == Unexpected{schema_error});
    CHECK(Result<long>{42L} == 42);  // a value of another type, compared with ==

    // With one type on both sides, a value and an error stay apart.
    CHECK(Result<int, int>{3} == 3);
    CHECK_FALSE(Result<int, int>{3} == Unexpected{3});
    CHECK(Result<int, int>{Unexpected{3}} == Unexpected{3});
    CHECK_FALSE(Result<int, int>{Unexpected{3}} == 3);

    // A wrapper like RapidCheck's expression capture (Value<T>: a base class
    // whose member operator== returns no bool) keeps its own operator==.
    STATIC_REQUIRE((Capture<Result<int>>{} == ok42) == 7);
    STATIC_REQUIRE((Capture<Result<int>>{} == 42) == 7);

    STATIC_REQUIRE(ok42 == 42);
    STATIC_REQUIRE(failed == Unexpected{schema_error});
    STATIC_REQUIRE_FALSE(failed == 42);
    STATIC_REQUIRE(noexcept(ok42 == 42));
    STATIC_REQUIRE(noexcept(failed == Unexpected{schema_error}));
}

TEST_CASE("Result::swap", "[result]") {
    Result<int> a{1};
    Result<int> b{Unexpected{schema_error}};
    a.swap(b);
    CHECK(a == Unexpected{schema_error});
    CHECK(b == 1);
    swap(a, b);
    CHECK(a == 1);
    CHECK(b == Unexpected{schema_error});
    Result<int> c{2};
    a.swap(c);
    CHECK(a == 2);
    CHECK(c == 1);
    STATIC_REQUIRE(noexcept(a.swap(b)));

    constexpr bool swapped = [] {
        Result<int> x{1};
        Result<int> y{Unexpected{schema_error}};
        swap(x, y);
        return x == Unexpected{schema_error} && y == 1;
    }();
    STATIC_REQUIRE(swapped);
}

TEST_CASE("Unexpected", "[result]") {
    constexpr Unexpected<Error> u{schema_error};
    STATIC_REQUIRE(u.error() == schema_error);
    STATIC_REQUIRE(u == Unexpected{schema_error});
    STATIC_REQUIRE_FALSE(u == Unexpected{syntax_error});
    STATIC_REQUIRE(std::is_same_v<decltype(u.error()), const Error&>);
    STATIC_REQUIRE(std::is_same_v<decltype(Unexpected{3}.error()), int&&>);
    STATIC_REQUIRE(std::is_trivially_copyable_v<Unexpected<Error>>);
    // Explicit, like std::unexpected: an error does not silently become one.
    STATIC_REQUIRE(std::is_constructible_v<Unexpected<Error>, Error>);
    STATIC_REQUIRE_FALSE(std::is_convertible_v<Error, Unexpected<Error>>);
    STATIC_REQUIRE_FALSE(std::is_convertible_v<Error, Result<int>>);
    STATIC_REQUIRE(std::is_same_v<Result<int>::unexpected_type, Unexpected<Error>>);
    STATIC_REQUIRE(std::is_same_v<Result<int>::rebind<Point>, Result<Point, Error>>);

    Unexpected<int> m{1};
    m.error() = 2;
    CHECK(m.error() == 2);
    CHECK(Result<int, int>{m}.error() == 2);
}
