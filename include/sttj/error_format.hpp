#ifndef STTJ_ERROR_FORMAT_HPP
#define STTJ_ERROR_FORMAT_HPP

// An Error as one line of text, for logs:
//
//   schema error at byte 12 (JobId): missing required member
//
// "<category> error at byte <offset> (<member>): <message>", without
// " (<member>)" when the member is empty. Kept out of error.hpp, which every
// header includes, for <span> and <string>.
//
//   std::puts(sttj::to_string(result.error()).c_str());      // a std::string
//   char line[256];                                           // or no heap:
//   std::size_t n = sttj::write_error_text(result.error(), line);
//   std::printf("%.*s\n", static_cast<int>(n), line);         // never NUL-terminated
//   std::format("{}", result.error())                         // where <format> exists

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <version>

#include "detail/isa.hpp"
#include "error.hpp"

#if defined(__cpp_lib_format) && __cpp_lib_format >= 201907L
#include <format>
#endif

namespace sttj {

namespace detail::inline STTJ_DETAIL_ISA {

// The text goes to a pointer and a size, not a std::span: building a span
// from a std::string checks span's range concepts in every TU
// (bench/README.md, compile time).

/// Writes what fits of `text` at out[at, size); returns the offset just past
/// the whole text, whether or not it fit.
constexpr std::size_t put_text(char* out, std::size_t size, std::size_t at, std::string_view text) noexcept {
    for (const char c : text) {
        if (at < size) out[at] = c;
        ++at;
    }
    return at;
}

/// Writes what fits of the error's text into out[0, size); returns the whole text's size.
constexpr std::size_t render_error(const Error& error, char* out, std::size_t size) noexcept {
    char digits[20] = {};  // SIZE_MAX has at most 20 decimal digits
    static_assert(sizeof(std::size_t) <= 8);
    std::size_t count = 0;
    std::size_t rest = error.offset;
    do {
        digits[sizeof digits - 1 - count++] = static_cast<char>('0' + rest % 10);
        rest /= 10;
    } while (rest != 0);

    std::size_t at = put_text(out, size, 0, sttj::to_string(error.category));
    at = put_text(out, size, at, " error at byte ");
    at = put_text(out, size, at, std::string_view(digits + sizeof digits - count, count));
    if (!error.member.empty()) {
        at = put_text(out, size, at, " (");
        at = put_text(out, size, at, error.member);
        at = put_text(out, size, at, ")");
    }
    at = put_text(out, size, at, ": ");
    return put_text(out, size, at, error.message);
}

}  // namespace detail::inline STTJ_DETAIL_ISA

inline namespace STTJ_DETAIL_ISA {  // detail/isa.hpp

/// The size in bytes of the error's text (no NUL).
[[nodiscard]] constexpr std::size_t error_text_size(const Error& error) noexcept {
    return detail::render_error(error, nullptr, 0);
}

/// Writes the error's text into `out` and returns the bytes written. Never
/// writes past `out` nor a NUL: a text longer than `out` is cut to its first
/// out.size() bytes (so the result is less than error_text_size(error)).
constexpr std::size_t write_error_text(const Error& error, std::span<char> out) noexcept {
    const std::size_t size = detail::render_error(error, out.data(), out.size());
    return size < out.size() ? size : out.size();
}

/// The error's text as a std::string.
[[nodiscard]] inline std::string to_string(const Error& error) {
    std::string text(error_text_size(error), '\0');
    detail::render_error(error, text.data(), text.size());
    return text;
}

}  // inline namespace STTJ_DETAIL_ISA

}  // namespace sttj

#if defined(__cpp_lib_format) && __cpp_lib_format >= 201907L
/// std::format("{}", error) writes to_string(error); the format spec is a string's ("{:>80}").
namespace std {
template <>
struct formatter<sttj::Error, char> : formatter<string_view, char> {
    // A template on the ISA tag: it calls tagged code (detail/isa.hpp).
    template <class FormatContext, class IsaTag = sttj::detail::isa_tag>
    auto format(const sttj::Error& error, FormatContext& context) const {
        return formatter<string_view, char>::format(sttj::to_string(error), context);
    }
};
}  // namespace std
#endif

#endif  // STTJ_ERROR_FORMAT_HPP
