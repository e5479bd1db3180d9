// Shared helpers for the sttj fuzz targets. Oracles call abort() through
// STTJ_FUZZ_CHECK, never assert(): assert vanishes under NDEBUG.
#ifndef STTJ_FUZZ_COMMON_HPP
#define STTJ_FUZZ_COMMON_HPP

#include <sttj/sttj.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#define STTJ_FUZZ_CHECK(condition)                                           \
    do {                                                                     \
        if (!(condition)) ::sttj_fuzz::fail(#condition, __FILE__, __LINE__); \
    } while (false)

namespace sttj_fuzz {

[[noreturn]] inline void fail(const char* what, const char* file, int line) {
    std::fprintf(stderr, "%s:%d: fuzz oracle failed: %s\n", file, line, what);
    std::abort();
}

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return size == 0 ? std::string_view{} : std::string_view{reinterpret_cast<const char*>(data), size};
}

/// Invariants every error must satisfy, whatever the input.
inline void check_error(const sttj::Error& error, std::size_t input_size) {
    STTJ_FUZZ_CHECK(error.offset <= input_size);
    STTJ_FUZZ_CHECK(!error.message.empty());
    STTJ_FUZZ_CHECK(sttj::to_string(error.category) != "unknown");
}

inline bool is_fatal(sttj::ErrorCategory category) {
    return category == sttj::ErrorCategory::Syntax || category == sttj::ErrorCategory::Encoding ||
           category == sttj::ErrorCategory::Limit;
}

inline bool is_blank(std::string_view text) { return text.find_first_not_of(" \t\n\r") == std::string_view::npos; }

/// The canonical JSON of `value` parses back to `value` and serializes to
/// the same bytes (a fixed point); it fits the documented bound; writing it
/// into a buffer one byte short fails cleanly (ASan sees any overflow).
template <class T, class Parse>
void check_round_trip(const T& value, Parse parse) {
    const std::string json = sttj::to_json(value);
    STTJ_FUZZ_CHECK(json.size() >= 2 && json.size() <= sttj::max_json_size<T>);
    const auto again = parse(json);
    STTJ_FUZZ_CHECK(again.has_value());
    STTJ_FUZZ_CHECK(*again == value);
    STTJ_FUZZ_CHECK(sttj::to_json(*again) == json);

    std::vector<char> exact(json.size());
    const auto written = sttj::write_json(value, std::span<char>{exact});
    STTJ_FUZZ_CHECK(written.has_value() && *written == json.size());
    STTJ_FUZZ_CHECK(std::string_view(exact.data(), exact.size()) == json);
    std::vector<char> short_by_one(json.size() - 1);
    const auto failed = sttj::write_json(value, std::span<char>{short_by_one});
    STTJ_FUZZ_CHECK(!failed.has_value() && failed.error().category == sttj::ErrorCategory::Limit);
}

}  // namespace sttj_fuzz

#endif  // STTJ_FUZZ_COMMON_HPP
