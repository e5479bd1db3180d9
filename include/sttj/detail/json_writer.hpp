#ifndef STTJ_DETAIL_JSON_WRITER_HPP
#define STTJ_DETAIL_JSON_WRITER_HPP

// Writes RFC 8785 canonical JSON strings into a caller's buffer, bounded and constexpr.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "isa.hpp"
#include "utf8.hpp"

namespace sttj::detail {

/// The most bytes one input byte can become inside a JSON string: a control
/// byte becomes "\u00xx" (6); an ill-formed byte becomes U+FFFD (3).
inline constexpr std::size_t json_escape_factor = 6;

/// A caller's output buffer. The public functions take std::span<char> and
/// pass this on: copying or building a span makes g++ 12 check the
/// constraints of span's range constructor, a large part of the compile
/// time of a TU that includes sttj.
struct OutputBuffer {
    char* data;
    std::size_t size;
};

}  // namespace sttj::detail

namespace sttj::detail::inline STTJ_DETAIL_ISA {

class JsonWriter {
public:
    constexpr explicit JsonWriter(OutputBuffer out) noexcept : out_(out) {}

    [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
    [[nodiscard]] constexpr bool overflowed() const noexcept { return overflow_; }

    constexpr void raw(std::string_view text) noexcept {
        for (const char c : text) put(c);
    }

    /// A quoted string, escaped as RFC 8785 requires: `"` and `\`, controls as
    /// \b \t \n \f \r or lowercase \u00xx, everything else as raw UTF-8.
    /// Ill-formed UTF-8 (only possible in text a caller built by hand) is
    /// written as U+FFFD, one per byte that does not start a well-formed
    /// sequence (simpler than Unicode's "maximal subpart" practice, which it
    /// matches for single bad bytes; the output is well-formed either way).
    constexpr void string(std::string_view utf8) noexcept {
        put('"');
        for (std::size_t i = 0; i < utf8.size();) {
            const auto byte = static_cast<std::uint8_t>(utf8[i]);
            if (byte >= 0x80) {
                const Utf8Step step = decode_utf8(utf8, i);
                if (step.problem == Utf8Problem::None) {
                    raw(utf8.substr(i, step.length));
                    i += step.length;
                } else {
                    raw("\xEF\xBF\xBD");
                    ++i;
                }
                continue;
            }
            escaped(static_cast<char>(byte));
            ++i;
        }
        put('"');
    }

private:
    constexpr void escaped(char c) noexcept {
        switch (c) {
            case '"': raw("\\\""); return;
            case '\\': raw("\\\\"); return;
            case '\b': raw("\\b"); return;
            case '\t': raw("\\t"); return;
            case '\n': raw("\\n"); return;
            case '\f': raw("\\f"); return;
            case '\r': raw("\\r"); return;
            default: break;
        }
        if (static_cast<std::uint8_t>(c) < 0x20) {
            constexpr std::string_view hex = "0123456789abcdef";
            raw("\\u00");
            put(hex[static_cast<std::uint8_t>(c) >> 4]);
            put(hex[static_cast<std::uint8_t>(c) & 0xF]);
            return;
        }
        put(c);
    }

    constexpr void put(char c) noexcept {
        if (size_ < out_.size) {
            out_.data[size_++] = c;
        } else {
            overflow_ = true;
        }
    }

    OutputBuffer out_;
    std::size_t size_ = 0;
    bool overflow_ = false;
};

}  // namespace sttj::detail::inline STTJ_DETAIL_ISA

#endif  // STTJ_DETAIL_JSON_WRITER_HPP
