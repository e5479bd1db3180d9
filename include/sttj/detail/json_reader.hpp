#ifndef STTJ_DETAIL_JSON_READER_HPP
#define STTJ_DETAIL_JSON_READER_HPP

// A strict RFC 8259 reader: one pass, no recursion, no allocation, constexpr.
// It walks the members of a top-level object and skips (while fully checking)
// every value the caller does not consume itself.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../error.hpp"
#include "attributes.hpp"
#include "isa.hpp"
#include "utf8.hpp"

namespace sttj::detail::inline STTJ_DETAIL_ISA {

/// Deepest nesting of arrays and objects accepted, counting the top-level
/// value. RFC 8259 lets parsers set a limit; 512 is far beyond any AWS
/// document, and at one bit per level the skip stack costs 64 bytes.
inline constexpr std::size_t json_max_depth = 512;

// One bit per byte below 0x40: set for JSON's four whitespace bytes.
inline constexpr std::uint64_t json_whitespace_bits =
    (std::uint64_t{1} << ' ') | (std::uint64_t{1} << '\n') | (std::uint64_t{1} << '\r') | (std::uint64_t{1} << '\t');

[[nodiscard]] constexpr bool is_json_whitespace(char c) noexcept {
    const auto byte = static_cast<unsigned char>(c);
    return byte <= ' ' && ((json_whitespace_bits >> byte) & 1u) != 0;
}

// The value of each hex digit, 0xFF for other bytes.
struct HexDigitTable {
    std::uint8_t value[256] = {};
    constexpr HexDigitTable() noexcept {
        for (int c = 0; c < 256; ++c) value[c] = 0xFF;
        for (int c = '0'; c <= '9'; ++c) value[c] = static_cast<std::uint8_t>(c - '0');
        for (int c = 'a'; c <= 'f'; ++c) value[c] = static_cast<std::uint8_t>(c - 'a' + 10);
        for (int c = 'A'; c <= 'F'; ++c) value[c] = static_cast<std::uint8_t>(c - 'A' + 10);
    }
};
inline constexpr HexDigitTable hex_digit{};

/// Writes the UTF-8 form of a scalar to `out` (room for 4 bytes); returns its length.
constexpr std::size_t encode_utf8(char32_t cp, char* out) noexcept {
    if (cp < 0x80) {
        out[0] = static_cast<char>(cp);
        return 1;
    }
    if (cp < 0x800) {
        out[0] = static_cast<char>(0xC0 | (cp >> 6));
        out[1] = static_cast<char>(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = static_cast<char>(0xE0 | (cp >> 12));
        out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out[2] = static_cast<char>(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = static_cast<char>(0xF0 | (cp >> 18));
    out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[3] = static_cast<char>(0x80 | (cp & 0x3F));
    return 4;
}

/// Collects the first `Capacity` bytes of a decoded string, whole scalars only.
template <std::size_t Capacity>
struct BoundedText {
    char bytes[Capacity] = {};
    std::size_t size = 0;
    bool overflow = false;  ///< some scalar did not fit

    constexpr void operator()(char32_t cp, std::size_t /*source_offset*/) noexcept {
        char encoded[4] = {};
        const std::size_t length = encode_utf8(cp, encoded);
        if (overflow || size + length > Capacity) {
            overflow = true;
            return;
        }
        for (std::size_t i = 0; i < length; ++i) bytes[size + i] = encoded[i];
        size += length;
    }
    [[nodiscard]] constexpr std::string_view view() const noexcept { return {bytes, size}; }
};

/// A member name as read_object passes it on: no known member is longer.
/// Short strings whose value is one of a few names (JobStatus) use it too,
/// and so do the strings skip_value checks and drops: each sink type
/// compiles read_string once more in every TU that parses.
using NameText = BoundedText<32>;

class JsonReader {
public:
    constexpr explicit JsonReader(std::string_view input) noexcept : in_(input) {}
    /// A reader whose position starts at `start` (for skip_value in the middle of a document).
    constexpr JsonReader(std::string_view input, std::size_t start) noexcept : in_(input), pos_(start) {}

    [[nodiscard]] constexpr bool failed() const noexcept { return failed_; }
    [[nodiscard]] constexpr std::size_t position() const noexcept { return pos_; }

    /// The first syntax/encoding/limit error if any, else the first schema or
    /// constraint problem noted: the shape of a document is judged only once
    /// it is known to be JSON.
    [[nodiscard]] constexpr bool has_error() const noexcept { return failed_ || noted_; }
    [[nodiscard]] constexpr Error error() const noexcept { return failed_ ? error_ : noted_error_; }

    /// Records a fatal error (the first one wins) and returns false.
    STTJ_DETAIL_COLD constexpr bool fail(ErrorCategory category, std::size_t at, std::string_view message) noexcept {
        if (!failed_) error_ = Error{category, at, message, member_};
        failed_ = true;
        return false;
    }
    /// Records a schema or constraint problem; reading goes on.
    STTJ_DETAIL_COLD constexpr void note(ErrorCategory category, std::size_t at, std::string_view message) noexcept {
        if (!noted_) noted_error_ = Error{category, at, message, member_};
        noted_ = true;
    }
    /// The wire name of the member being read, for error messages.
    constexpr void set_member(std::string_view member) noexcept { member_ = member; }

    [[nodiscard]] constexpr bool at_end() const noexcept { return pos_ >= in_.size(); }
    /// The next byte, or -1 at the end.
    [[nodiscard]] constexpr int peek() const noexcept { return at_end() ? -1 : static_cast<std::uint8_t>(in_[pos_]); }

    /// Not inlined: compiled once rather than at each of the reader's dozen
    /// call sites.
    STTJ_DETAIL_NOINLINE constexpr void skip_whitespace() noexcept {
        while (!at_end() && is_json_whitespace(in_[pos_])) ++pos_;
    }

    /// Reads a string at the current position (which must be '"'), passing
    /// each decoded scalar and its source offset to `sink`.
    template <class Sink>
    constexpr bool read_string(Sink& sink) noexcept {
        ++pos_;  // the opening quote
        while (true) {
            if (at_end()) return fail(ErrorCategory::Syntax, pos_, "unterminated string");
            const auto byte = static_cast<std::uint8_t>(in_[pos_]);
            if (byte == '"') {
                ++pos_;
                return true;
            }
            if (byte < 0x20) return fail(ErrorCategory::Syntax, pos_, "raw control character in string");
            const std::size_t at = pos_;
            if (byte == '\\') {
                char32_t cp = 0;
                if (!read_escape(cp)) return false;
                sink(cp, at);
            } else if (byte < 0x80) {
                sink(byte, at);
                ++pos_;
            } else {
                const Utf8Step step = decode_utf8(in_, pos_);
                if (step.problem != Utf8Problem::None)
                    return fail(ErrorCategory::Encoding, at, to_string(step.problem));
                sink(step.code_point, at);
                pos_ += step.length;
            }
        }
    }

    /// The length of the string at the current position if it is plain
    /// (no escape, no control, only ASCII), else 0 with nothing consumed.
    /// Plain strings are the common case and need no decoding.
    [[nodiscard]] constexpr std::size_t plain_string_length() const noexcept {
        for (std::size_t i = pos_ + 1; i < in_.size(); ++i) {
            const auto byte = static_cast<std::uint8_t>(in_[i]);
            if (byte == '"') return i - pos_ - 1;
            if (byte == '\\' || byte < 0x20 || byte >= 0x80) return 0;
        }
        return 0;
    }
    /// Consumes a plain string of `length` bytes and returns its contents.
    constexpr std::string_view take_plain_string(std::size_t length) noexcept {
        const std::string_view text = in_.substr(pos_ + 1, length);
        pos_ += length + 2;
        return text;
    }

    /// Reads and checks any JSON value without keeping it. `depth` is the
    /// nesting depth of the container the value is in (0 at top level).
    constexpr bool skip_value(std::size_t depth) noexcept {
        std::uint64_t is_object[json_max_depth / 64] = {};  // one bit per open container
        std::size_t open = 0;                               // containers opened here
        bool name_first = false;  // the value is an object member's: its name and ':' come first
        while (true) {
            if (name_first && !read_member_name_and_colon()) return false;
            // A value starts here.
            skip_whitespace();
            const int c = peek();
            bool value_done = true;
            if (c == '{' || c == '[') {
                if (depth + open + 1 > json_max_depth) {
                    return fail(ErrorCategory::Limit, pos_, "nesting deeper than 512 levels");
                }
                const std::uint64_t bit = std::uint64_t{1} << (open % 64);
                if (c == '{') {
                    is_object[open / 64] |= bit;
                } else {
                    is_object[open / 64] &= ~bit;
                }
                ++open;
                ++pos_;
                skip_whitespace();
                if (peek() == (c == '{' ? '}' : ']')) {
                    ++pos_;
                    --open;
                } else {
                    name_first = c == '{';
                    value_done = false;
                }
            } else if (!skip_scalar()) {
                return false;
            }
            // After a value: close containers until one needs another value.
            while (value_done) {
                if (open == 0) return true;
                skip_whitespace();
                const bool in_object = (is_object[(open - 1) / 64] >> ((open - 1) % 64)) & 1u;
                const int next = peek();
                if (next == ',') {
                    ++pos_;
                    name_first = in_object;
                    value_done = false;
                } else if (next == (in_object ? '}' : ']')) {
                    ++pos_;
                    --open;
                } else {
                    return fail(ErrorCategory::Syntax, pos_, in_object ? "expected ',' or '}'" : "expected ',' or ']'");
                }
            }
        }
    }

    /// Walks the members of the object at the current position (which must be
    /// '{'). For each member, `on_member(name, name_offset)` is called with the
    /// reader just before the value and must consume it (e.g. by skip_value(1)).
    /// Names longer than 32 bytes are passed truncated with an empty view: no
    /// known member is that long.
    template <class OnMember>
    constexpr bool read_object(OnMember&& on_member) noexcept {
        ++pos_;  // '{'
        skip_whitespace();
        if (peek() == '}') {
            ++pos_;
            return true;
        }
        while (true) {
            skip_whitespace();
            const std::size_t name_offset = pos_;
            NameText name;
            if (!read_name(name)) return false;
            if (!expect_colon()) return false;
            skip_whitespace();
            if (!on_member(name.overflow ? std::string_view{} : name.view(), name_offset)) return false;
            set_member({});
            skip_whitespace();
            const int next = peek();
            if (next != ',' && next != '}') return fail(ErrorCategory::Syntax, pos_, "expected ',' or '}'");
            ++pos_;
            if (next == '}') return true;
        }
    }

    /// Reads the whole document: optional whitespace, one value, optional
    /// whitespace. An object goes to read_object(on_member); any other value is
    /// checked, then noted as a schema error.
    template <class OnMember>
    constexpr bool read_document(OnMember&& on_member) noexcept {
        skip_whitespace();
        if (at_end()) return fail(ErrorCategory::Syntax, pos_, "empty document");
        const std::size_t start = pos_;
        if (peek() == '{') {
            if (!read_object(on_member)) return false;
        } else {
            if (!skip_value(0)) return false;
            note(ErrorCategory::Schema, start, "the document is not a JSON object");
        }
        skip_whitespace();
        if (!at_end()) return fail(ErrorCategory::Syntax, pos_, "data after the JSON value");
        return true;
    }

    /// True if the input is empty or only whitespace.
    [[nodiscard]] constexpr bool is_blank() const noexcept {
        return in_.find_first_not_of(" \t\n\r") == std::string_view::npos;
    }

private:
    constexpr bool read_name(NameText& name) noexcept {
        if (peek() != '"') return fail(ErrorCategory::Syntax, pos_, "expected a member name");
        return read_string(name);
    }

    constexpr bool expect_colon() noexcept {
        skip_whitespace();
        if (peek() != ':') return fail(ErrorCategory::Syntax, pos_, "expected ':'");
        ++pos_;
        return true;
    }

    constexpr bool read_member_name_and_colon() noexcept {
        skip_whitespace();
        NameText dropped;
        return read_name(dropped) && expect_colon();
    }

    // Four hex digits after "\u"; the position is past them on success.
    constexpr bool read_hex4(std::uint32_t& value) noexcept {
        value = 0;
        for (int i = 0; i < 4; ++i) {
            if (at_end()) return fail(ErrorCategory::Syntax, pos_, "unterminated string");
            const std::uint8_t digit = hex_digit.value[static_cast<unsigned char>(in_[pos_])];
            if (digit > 0xF) return fail(ErrorCategory::Syntax, pos_, "\\u must be followed by four hex digits");
            value = value * 16 + digit;
            ++pos_;
        }
        return true;
    }

    // An escape at the current position ('\\'); surrogate pairs are joined.
    constexpr bool read_escape(char32_t& cp) noexcept {
        const std::size_t at = pos_;
        ++pos_;
        if (at_end()) return fail(ErrorCategory::Syntax, pos_, "unterminated string");
        const char kind = in_[pos_++];
        switch (kind) {
            case '"': cp = '"'; return true;
            case '\\': cp = '\\'; return true;
            case '/': cp = '/'; return true;
            case 'b': cp = '\b'; return true;
            case 'f': cp = '\f'; return true;
            case 'n': cp = '\n'; return true;
            case 'r': cp = '\r'; return true;
            case 't': cp = '\t'; return true;
            case 'u': break;
            default: return fail(ErrorCategory::Syntax, at, "invalid escape");
        }
        std::uint32_t unit = 0;
        if (!read_hex4(unit)) return false;
        if (unit >= 0xDC00 && unit <= 0xDFFF) return fail(ErrorCategory::Encoding, at, "lone low surrogate escape");
        if (unit < 0xD800 || unit > 0xDBFF) {
            cp = unit;
            return true;
        }
        if (in_.substr(pos_, 2) != "\\u") return fail(ErrorCategory::Encoding, at, "lone high surrogate escape");
        pos_ += 2;
        std::uint32_t low = 0;
        if (!read_hex4(low)) return false;
        if (low < 0xDC00 || low > 0xDFFF) return fail(ErrorCategory::Encoding, at, "lone high surrogate escape");
        cp = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
        return true;
    }

    constexpr bool skip_scalar() noexcept {
        const int c = peek();
        if (c == '"') {
            NameText dropped;  // checked, then dropped
            return read_string(dropped);
        }
        if (c == '-' || (c >= '0' && c <= '9')) return skip_number();
        if (c == 't') return skip_literal("true");
        if (c == 'f') return skip_literal("false");
        if (c == 'n') return skip_literal("null");
        if (c == -1) return fail(ErrorCategory::Syntax, pos_, "expected a value, found the end");
        return fail(ErrorCategory::Syntax, pos_, "expected a value");
    }

    constexpr bool skip_literal(std::string_view word) noexcept {
        if (in_.substr(pos_, word.size()) != word) return fail(ErrorCategory::Syntax, pos_, "invalid literal");
        pos_ += word.size();
        return true;
    }

    [[nodiscard]] constexpr bool digit_here() const noexcept {
        const int c = peek();
        return c >= '0' && c <= '9';
    }
    constexpr void skip_digits() noexcept {
        while (digit_here()) ++pos_;
    }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    constexpr bool skip_number() noexcept {
        if (peek() == '-') ++pos_;
        if (peek() == '0') {
            ++pos_;
            if (digit_here()) return fail(ErrorCategory::Syntax, pos_ - 1, "number with a leading zero");
        } else if (digit_here()) {
            skip_digits();
        } else {
            return fail(ErrorCategory::Syntax, pos_, "expected a digit");
        }
        if (peek() == '.') {
            ++pos_;
            if (!digit_here()) return fail(ErrorCategory::Syntax, pos_, "expected a digit after '.'");
            skip_digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            ++pos_;
            if (peek() == '+' || peek() == '-') ++pos_;
            if (!digit_here()) return fail(ErrorCategory::Syntax, pos_, "expected a digit in the exponent");
            skip_digits();
        }
        return true;
    }

    std::string_view in_;
    std::size_t pos_ = 0;
    bool failed_ = false;
    bool noted_ = false;
    Error error_{ErrorCategory::Syntax, 0, {}};
    Error noted_error_{ErrorCategory::Syntax, 0, {}};
    std::string_view member_;
};

}  // namespace sttj::detail::inline STTJ_DETAIL_ISA

#endif  // STTJ_DETAIL_JSON_READER_HPP
