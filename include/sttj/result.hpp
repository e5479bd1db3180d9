#ifndef STTJ_RESULT_HPP
#define STTJ_RESULT_HPP

#include <type_traits>

#include "error.hpp"

namespace sttj {

/// Wraps an error so that it converts to a failed Result (like std::unexpected).
template <class E>
struct Unexpected {
    E error;
};
template <class E>
Unexpected(E) -> Unexpected<E>;

namespace detail {
/// Tag for Result's constructor that builds the value from what a callable
/// returns: the value is made in place (guaranteed copy elision), which
/// matters for the hot parse paths, whose values hold a 128-byte JobId.
struct BuildFrom {};
inline constexpr BuildFrom build_from{};
}  // namespace detail

/// A value or an error, with std::expected's shape, usable in constant expressions.
/// Kept to trivially destructible types so it stays small, trivially copyable and
/// constexpr-friendly in C++20. Dereferencing a failed Result is undefined
/// behaviour at run time (as with std::expected) and a compile error in constexpr.
template <class T, class E = Error>
class [[nodiscard]] Result {
    static_assert(std::is_trivially_destructible_v<T> && std::is_trivially_destructible_v<E>,
                  "sttj::Result holds trivially destructible types only");

public:
    using value_type = T;
    using error_type = E;

    constexpr Result(const T& value) noexcept : value_(value), has_value_(true) {}
    constexpr Result(const Unexpected<E>& failure) noexcept : error_(failure.error), has_value_(false) {}
    template <class Make>
    constexpr Result(detail::BuildFrom, Make&& make) noexcept : value_(static_cast<Make&&>(make)()), has_value_(true) {}

    [[nodiscard]] constexpr bool has_value() const noexcept { return has_value_; }
    constexpr explicit operator bool() const noexcept { return has_value_; }

    [[nodiscard]] constexpr const T& operator*() const noexcept { return value_; }
    [[nodiscard]] constexpr T& operator*() noexcept { return value_; }
    [[nodiscard]] constexpr const T* operator->() const noexcept { return &value_; }
    [[nodiscard]] constexpr T* operator->() noexcept { return &value_; }
    [[nodiscard]] constexpr const E& error() const noexcept { return error_; }

    /// The value, or `fallback` when this holds an error.
    [[nodiscard]] constexpr T value_or(const T& fallback) const noexcept { return has_value_ ? value_ : fallback; }

    friend constexpr bool operator==(const Result& a, const Result& b) noexcept {
        if (a.has_value_ != b.has_value_) return false;
        return a.has_value_ ? a.value_ == b.value_ : a.error_ == b.error_;
    }

private:
    union {
        T value_;
        E error_;
    };
    bool has_value_;
};

}  // namespace sttj

#endif  // STTJ_RESULT_HPP
