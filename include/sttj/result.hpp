#ifndef STTJ_RESULT_HPP
#define STTJ_RESULT_HPP

// sttj::Result<T, E>: std::expected's surface for trivially destructible
// types, in C++20, without exceptions except in value().
//
//   auto id = sttj::parse_request(body).transform(&sttj::StopTextTranslationJobRequest::job_id);
//   if (!id) log(sttj::to_string(id.error()));  // <sttj/error_format.hpp>

#include <concepts>
#include <cstdlib>
#include <exception>
#include <type_traits>
#include <utility>
#include <version>

#if defined(__cpp_lib_expected) && __cpp_lib_expected >= 202202L
#include <expected>
#endif

#include "error.hpp"

namespace sttj {

/// Wraps an error so that it converts to a failed Result (like std::unexpected).
template <class E>
class Unexpected {
public:
    constexpr explicit Unexpected(const E& failure) noexcept(std::is_nothrow_copy_constructible_v<E>)
        : error_(failure) {}

    [[nodiscard]] constexpr const E& error() const& noexcept { return error_; }
    [[nodiscard]] constexpr E& error() & noexcept { return error_; }
    [[nodiscard]] constexpr const E&& error() const&& noexcept { return static_cast<const E&&>(error_); }
    [[nodiscard]] constexpr E&& error() && noexcept { return static_cast<E&&>(error_); }

    friend constexpr bool operator==(const Unexpected& a, const Unexpected& b) noexcept { return a.error_ == b.error_; }

private:
    E error_;
};
template <class E>
Unexpected(E) -> Unexpected<E>;

template <class E>
class BadResultAccess;

/// The base of every BadResultAccess<E>, to catch them all (like std::bad_expected_access<void>).
template <>
class BadResultAccess<void> : public std::exception {
public:
    [[nodiscard]] const char* what() const noexcept override { return "sttj::Result::value() on an error"; }

protected:
    BadResultAccess() noexcept = default;
    BadResultAccess(const BadResultAccess&) noexcept = default;
    BadResultAccess& operator=(const BadResultAccess&) noexcept = default;
    ~BadResultAccess() override = default;
};

/// What Result::value() throws on a Result holding an error, when exceptions
/// are enabled: a copy of that error (like std::bad_expected_access<E>).
template <class E>
class BadResultAccess : public BadResultAccess<void> {
public:
    explicit BadResultAccess(E failure) noexcept(std::is_nothrow_move_constructible_v<E>)
        : error_(static_cast<E&&>(failure)) {}

    [[nodiscard]] const E& error() const& noexcept { return error_; }
    [[nodiscard]] E& error() & noexcept { return error_; }
    [[nodiscard]] const E&& error() const&& noexcept { return static_cast<const E&&>(error_); }
    [[nodiscard]] E&& error() && noexcept { return static_cast<E&&>(error_); }

private:
    E error_;
};

template <class T, class E>
class Result;

namespace detail {
/// Tag for Result's constructor that builds the value from what a callable
/// returns: the value is made in place (guaranteed copy elision), which
/// matters for the hot parse paths, whose values hold a 128-byte JobId.
struct BuildFrom {};
inline constexpr BuildFrom build_from{};

/// Tags for Result's constructors that make the value, or the error, from
/// what a callable returns for one argument, in place (transform and
/// transform_error).
struct InvokeValue {};
struct InvokeError {};

template <class T>
struct IsResult : std::false_type {};
template <class T, class E>
struct IsResult<Result<T, E>> : std::true_type {};
template <class T>
struct IsUnexpected : std::false_type {};
template <class E>
struct IsUnexpected<Unexpected<E>> : std::true_type {};

/// A U that a Result<T, E> compares with as a value: one that compares with
/// T to a bool (as std::optional constrains its operator==), other than a
/// Result or an Unexpected.
template <class U, class T>
concept ComparableValue = !IsResult<U>::value && !IsUnexpected<U>::value && requires(const T& held, const U& other) {
    { held == other } -> std::convertible_to<bool>;
};

/// std::invoke for one argument, without <functional>: a callable, or a
/// pointer to a member function or data member of the argument.
template <class F, class A>
constexpr decltype(auto) invoke(F&& f, A&& a) noexcept(std::is_nothrow_invocable_v<F, A>) {
    if constexpr (std::is_member_function_pointer_v<std::remove_cvref_t<F>>) {
        return (static_cast<A&&>(a).*f)();
    } else if constexpr (std::is_member_object_pointer_v<std::remove_cvref_t<F>>) {
        return static_cast<A&&>(a).*f;
    } else {
        return static_cast<F&&>(f)(static_cast<A&&>(a));
    }
}

// Result::value() on an error throws, or calls std::abort() under
// -fno-exceptions. The two differ in code, so value() is a template on a
// type named for the setting (as detail/isa.hpp does for instruction sets):
// a TU built with exceptions and one without never share a copy.
#if defined(__cpp_exceptions)
inline namespace result_throws {
struct exceptions_tag {
    static constexpr bool aborts = false;
};
/// Not constexpr: Result::value() on an error does not compile in constant evaluation.
template <class E>
[[noreturn]] void result_value_called_on_an_error(const E& failure) {
    throw BadResultAccess<E>(failure);
}
}  // namespace result_throws
#else
inline namespace result_aborts {
struct exceptions_tag {
    static constexpr bool aborts = true;
};
/// Not constexpr: Result::value() on an error does not compile in constant evaluation.
template <class E>
[[noreturn]] void result_value_called_on_an_error(const E&) noexcept {
    std::abort();
}
}  // namespace result_aborts
#endif
}  // namespace detail

/// A value or an error, with std::expected's shape, usable in constant expressions.
/// Kept to trivially destructible types so it stays small, trivially copyable and
/// constexpr-friendly in C++20. Dereferencing a failed Result is undefined
/// behaviour at run time (as with std::expected) and a compile error in constexpr;
/// value() checks: it throws BadResultAccess<E>, or aborts under -fno-exceptions.
template <class T, class E = Error>
class [[nodiscard]] Result {
    static_assert(std::is_trivially_destructible_v<T> && std::is_trivially_destructible_v<E>,
                  "sttj::Result holds trivially destructible types only");

    template <class Self>
    using ValueRef = decltype((std::declval<Self>().value_));
    template <class Self>
    using ErrorRef = decltype((std::declval<Self>().error_));
    static constexpr bool copies_nothrow =
        std::is_nothrow_copy_constructible_v<T> && std::is_nothrow_copy_constructible_v<E>;

public:
    using value_type = T;
    using error_type = E;
    using unexpected_type = Unexpected<E>;
    template <class U>
    using rebind = Result<U, E>;

    constexpr Result(const T& value) noexcept : value_(value), has_value_(true) {}
    constexpr Result(const Unexpected<E>& failure) noexcept : error_(failure.error()), has_value_(false) {}
    template <class Make>
    constexpr Result(detail::BuildFrom, Make&& make) noexcept : value_(static_cast<Make&&>(make)()), has_value_(true) {}
    template <class F, class A>
    constexpr Result(detail::InvokeValue, F&& f, A&& a) noexcept(std::is_nothrow_invocable_v<F, A>)
        : value_(detail::invoke(static_cast<F&&>(f), static_cast<A&&>(a))), has_value_(true) {}
    template <class F, class A>
    constexpr Result(detail::InvokeError, F&& f, A&& a) noexcept(std::is_nothrow_invocable_v<F, A>)
        : error_(detail::invoke(static_cast<F&&>(f), static_cast<A&&>(a))), has_value_(false) {}

#if defined(__cpp_lib_expected) && __cpp_lib_expected >= 202202L
    /// The same value or error as `other` (C++23, where the library has <expected>).
    constexpr explicit Result(const std::expected<T, E>& other) noexcept(copies_nothrow)
        : Result(other.has_value() ? Result(*other) : Result(Unexpected<E>(other.error()))) {}

    /// A std::expected holding the same value or error (C++23, where the library has <expected>).
    [[nodiscard]] constexpr std::expected<T, E> to_expected() const noexcept(copies_nothrow) {
        if (has_value_) return std::expected<T, E>(std::in_place, value_);
        return std::expected<T, E>(std::unexpect, error_);
    }
#endif

    [[nodiscard]] constexpr bool has_value() const noexcept { return has_value_; }
    constexpr explicit operator bool() const noexcept { return has_value_; }

    [[nodiscard]] constexpr const T& operator*() const noexcept { return value_; }
    [[nodiscard]] constexpr T& operator*() noexcept { return value_; }
    [[nodiscard]] constexpr const T* operator->() const noexcept { return &value_; }
    [[nodiscard]] constexpr T* operator->() noexcept { return &value_; }
    [[nodiscard]] constexpr const E& error() const noexcept { return error_; }

    /// The value; on an error, throws BadResultAccess<E> holding it, or with
    /// -fno-exceptions calls std::abort() (never undefined behaviour). On an
    /// error in constant evaluation, a compile error.
    template <class Tag = detail::exceptions_tag>
    [[nodiscard]] constexpr T& value() & noexcept(Tag::aborts) {
        if (!has_value_) detail::result_value_called_on_an_error(error_);
        return value_;
    }
    template <class Tag = detail::exceptions_tag>
    [[nodiscard]] constexpr const T& value() const& noexcept(Tag::aborts) {
        if (!has_value_) detail::result_value_called_on_an_error(error_);
        return value_;
    }
    template <class Tag = detail::exceptions_tag>
    [[nodiscard]] constexpr T&& value() && noexcept(Tag::aborts) {
        if (!has_value_) detail::result_value_called_on_an_error(error_);
        return static_cast<T&&>(value_);
    }
    template <class Tag = detail::exceptions_tag>
    [[nodiscard]] constexpr const T&& value() const&& noexcept(Tag::aborts) {
        if (!has_value_) detail::result_value_called_on_an_error(error_);
        return static_cast<const T&&>(value_);
    }

    /// The value, or `fallback` when this holds an error.
    template <class U = std::remove_cv_t<T>>
    [[nodiscard]] constexpr T value_or(U&& fallback) const& noexcept(
        std::is_nothrow_copy_constructible_v<T>&& std::is_nothrow_convertible_v<U, T>) {
        static_assert(std::is_convertible_v<U, T>, "sttj::Result::value_or: the fallback must convert to T");
        return has_value_ ? value_ : static_cast<T>(static_cast<U&&>(fallback));
    }
    template <class U = std::remove_cv_t<T>>
    [[nodiscard]] constexpr T value_or(U&& fallback) && noexcept(
        std::is_nothrow_move_constructible_v<T>&& std::is_nothrow_convertible_v<U, T>) {
        static_assert(std::is_convertible_v<U, T>, "sttj::Result::value_or: the fallback must convert to T");
        return has_value_ ? static_cast<T&&>(value_) : static_cast<T>(static_cast<U&&>(fallback));
    }

    /// The error, or `fallback` when this holds a value.
    template <class G = E>
    [[nodiscard]] constexpr E error_or(G&& fallback) const& noexcept(
        std::is_nothrow_copy_constructible_v<E>&& std::is_nothrow_convertible_v<G, E>) {
        static_assert(std::is_convertible_v<G, E>, "sttj::Result::error_or: the fallback must convert to E");
        return has_value_ ? static_cast<E>(static_cast<G&&>(fallback)) : error_;
    }
    template <class G = E>
    [[nodiscard]] constexpr E error_or(G&& fallback) && noexcept(
        std::is_nothrow_move_constructible_v<E>&& std::is_nothrow_convertible_v<G, E>) {
        static_assert(std::is_convertible_v<G, E>, "sttj::Result::error_or: the fallback must convert to E");
        return has_value_ ? static_cast<E>(static_cast<G&&>(fallback)) : static_cast<E&&>(error_);
    }

    /// f(value), a Result<U, E>, or this error; f is not called on an error.
    template <class F>
    constexpr auto and_then(F&& f) & noexcept(std::is_nothrow_invocable_v<F, T&>) {
        return and_then_of(*this, static_cast<F&&>(f));
    }
    template <class F>
    constexpr auto and_then(F&& f) const& noexcept(std::is_nothrow_invocable_v<F, const T&>) {
        return and_then_of(*this, static_cast<F&&>(f));
    }
    template <class F>
    constexpr auto and_then(F&& f) && noexcept(std::is_nothrow_invocable_v<F, T&&>) {
        return and_then_of(static_cast<Result&&>(*this), static_cast<F&&>(f));
    }
    template <class F>
    constexpr auto and_then(F&& f) const&& noexcept(std::is_nothrow_invocable_v<F, const T&&>) {
        return and_then_of(static_cast<const Result&&>(*this), static_cast<F&&>(f));
    }

    /// This value, or f(error), a Result<T, G>; f is not called on a value.
    template <class F>
    constexpr auto or_else(F&& f) & noexcept(std::is_nothrow_invocable_v<F, E&>) {
        return or_else_of(*this, static_cast<F&&>(f));
    }
    template <class F>
    constexpr auto or_else(F&& f) const& noexcept(std::is_nothrow_invocable_v<F, const E&>) {
        return or_else_of(*this, static_cast<F&&>(f));
    }
    template <class F>
    constexpr auto or_else(F&& f) && noexcept(std::is_nothrow_invocable_v<F, E&&>) {
        return or_else_of(static_cast<Result&&>(*this), static_cast<F&&>(f));
    }
    template <class F>
    constexpr auto or_else(F&& f) const&& noexcept(std::is_nothrow_invocable_v<F, const E&&>) {
        return or_else_of(static_cast<const Result&&>(*this), static_cast<F&&>(f));
    }

    /// Result<U, E> holding f(value), or this error; f is not called on an
    /// error. U is what f returns, without reference and cv (std::expected
    /// rejects a reference; there is no Result<void, E>).
    template <class F>
    constexpr auto transform(F&& f) & noexcept(std::is_nothrow_invocable_v<F, T&>) {
        return transform_of(*this, static_cast<F&&>(f));
    }
    template <class F>
    constexpr auto transform(F&& f) const& noexcept(std::is_nothrow_invocable_v<F, const T&>) {
        return transform_of(*this, static_cast<F&&>(f));
    }
    template <class F>
    constexpr auto transform(F&& f) && noexcept(std::is_nothrow_invocable_v<F, T&&>) {
        return transform_of(static_cast<Result&&>(*this), static_cast<F&&>(f));
    }
    template <class F>
    constexpr auto transform(F&& f) const&& noexcept(std::is_nothrow_invocable_v<F, const T&&>) {
        return transform_of(static_cast<const Result&&>(*this), static_cast<F&&>(f));
    }

    /// Result<T, G> holding this value, or f(error); f is not called on a value.
    template <class F>
    constexpr auto transform_error(F&& f) & noexcept(std::is_nothrow_invocable_v<F, E&>) {
        return transform_error_of(*this, static_cast<F&&>(f));
    }
    template <class F>
    constexpr auto transform_error(F&& f) const& noexcept(std::is_nothrow_invocable_v<F, const E&>) {
        return transform_error_of(*this, static_cast<F&&>(f));
    }
    template <class F>
    constexpr auto transform_error(F&& f) && noexcept(std::is_nothrow_invocable_v<F, E&&>) {
        return transform_error_of(static_cast<Result&&>(*this), static_cast<F&&>(f));
    }
    template <class F>
    constexpr auto transform_error(F&& f) const&& noexcept(std::is_nothrow_invocable_v<F, const E&&>) {
        return transform_error_of(static_cast<const Result&&>(*this), static_cast<F&&>(f));
    }

    /// Exchanges the states of two Results of trivially copyable types.
    constexpr void swap(Result& other) noexcept
        requires(std::is_trivially_copyable_v<T>&& std::is_trivially_copyable_v<E>) {
        const Result held = *this;
        *this = other;
        other = held;
    }
    friend constexpr void swap(Result& a, Result& b) noexcept
        requires(std::is_trivially_copyable_v<T>&& std::is_trivially_copyable_v<E>) {
        a.swap(b);
    }

    friend constexpr bool operator==(const Result& a, const Result& b) noexcept {
        if (a.has_value_ != b.has_value_) return false;
        return a.has_value_ ? a.value_ == b.value_ : a.error_ == b.error_;
    }
    /// True when `result` holds an error equal to `failure`'s.
    friend constexpr bool operator==(const Result& result, const Unexpected<E>& failure) noexcept {
        return !result.has_value_ && result.error_ == failure.error();
    }

private:
    template <class Self, class F>
    static constexpr auto and_then_of(Self&& self, F&& f) {
        using U = std::remove_cvref_t<std::invoke_result_t<F, ValueRef<Self>>>;
        static_assert(detail::IsResult<U>::value, "sttj::Result::and_then: the callable must return a sttj::Result");
        static_assert(std::is_same_v<typename U::error_type, E>,
                      "sttj::Result::and_then: the callable must return a Result with the same error type");
        if (self.has_value_) return U(detail::invoke(static_cast<F&&>(f), static_cast<Self&&>(self).value_));
        return U(Unexpected<E>(static_cast<Self&&>(self).error_));
    }

    template <class Self, class F>
    static constexpr auto or_else_of(Self&& self, F&& f) {
        using U = std::remove_cvref_t<std::invoke_result_t<F, ErrorRef<Self>>>;
        static_assert(detail::IsResult<U>::value, "sttj::Result::or_else: the callable must return a sttj::Result");
        static_assert(std::is_same_v<typename U::value_type, T>,
                      "sttj::Result::or_else: the callable must return a Result with the same value type");
        if (self.has_value_) return U(static_cast<Self&&>(self).value_);
        return U(detail::invoke(static_cast<F&&>(f), static_cast<Self&&>(self).error_));
    }

    template <class Self, class F>
    static constexpr auto transform_of(Self&& self, F&& f) {
        using U = std::remove_cvref_t<std::invoke_result_t<F, ValueRef<Self>>>;
        static_assert(!std::is_void_v<U>,
                      "sttj::Result::transform: the callable must return a value (no Result<void>)");
        static_assert(!detail::IsUnexpected<U>::value && !std::is_array_v<U>,
                      "sttj::Result::transform: the callable must not return an Unexpected or an array");
        static_assert(std::is_trivially_destructible_v<U>,
                      "sttj::Result::transform: the callable must return a trivially destructible type");
        if (self.has_value_) {
            return Result<U, E>(detail::InvokeValue{}, static_cast<F&&>(f), static_cast<Self&&>(self).value_);
        }
        return Result<U, E>(Unexpected<E>(static_cast<Self&&>(self).error_));
    }

    template <class Self, class F>
    static constexpr auto transform_error_of(Self&& self, F&& f) {
        using G = std::remove_cvref_t<std::invoke_result_t<F, ErrorRef<Self>>>;
        static_assert(!std::is_void_v<G>, "sttj::Result::transform_error: the callable must return an error");
        static_assert(!detail::IsUnexpected<G>::value && !std::is_array_v<G>,
                      "sttj::Result::transform_error: the callable must not return an Unexpected or an array");
        static_assert(std::is_trivially_destructible_v<G>,
                      "sttj::Result::transform_error: the callable must return a trivially destructible type");
        if (self.has_value_) return Result<T, G>(static_cast<Self&&>(self).value_);
        return Result<T, G>(detail::InvokeError{}, static_cast<F&&>(f), static_cast<Self&&>(self).error_);
    }

    union {
        T value_;
        E error_;
    };
    bool has_value_;
};

/// True when `result` holds a value equal to `other`. Not a hidden friend:
/// Result<T, E> is deduced, so nothing converts to a Result to match it, and
/// the constraint cannot come back to this operator.
template <class T, class E, detail::ComparableValue<T> U>
constexpr bool operator==(const Result<T, E>& result, const U& other) noexcept {
    return result.has_value() && static_cast<bool>(*result == other);
}

}  // namespace sttj

#endif  // STTJ_RESULT_HPP
