#ifndef STTJ_DETAIL_PARSE_FAST_PATH_HPP
#define STTJ_DETAIL_PARSE_FAST_PATH_HPP

// The parsers' run-time fast path: request and response documents in any
// layout (whitespace, escapes, member order, unknown members), read without
// a per-character callback. It only ever accepts. A document it accepts is
// well-formed JSON whose JobId (and JobStatus) the general reader would
// return unchanged; on anything else, every error included, it declines and
// the general reader (json_reader.hpp) reads the document from the start
// and reports the exact error.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>

#include "../job_id.hpp"
#include "../job_status.hpp"
#include "attributes.hpp"
#include "isa.hpp"
#include "job_id_ascii.hpp"
#include "job_id_fast_path.hpp"
#include "json_reader.hpp"
#include "simd.hpp"
#include "utf8.hpp"

namespace sttj::detail::inline STTJ_DETAIL_ISA {

// is_valid_job_id_run_time, always inline: the fast paths check ids in
// several places, and whether g++ inlined that function at each changed
// with the code around them.
[[nodiscard]] STTJ_DETAIL_ALWAYS_INLINE inline bool is_valid_parsed_job_id(std::string_view id) noexcept {
#if defined(STTJ_DETAIL_SSE2)
    return is_valid_job_id_sse2(id.data(), id.size());
#else
    return is_valid_job_id_run_time(id);
#endif
}

// The status at each of 8 hash slots (0xFF where there is none), from
// `slot_of(name)` for each wire name; `perfect` when no two names share a
// slot. The fast paths pick the one status to compare by a hash, without a
// search that mispredicts when statuses vary.
struct JobStatusSlots {
    std::uint8_t status_at_slot[8] = {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
    bool perfect = true;
    constexpr explicit JobStatusSlots(unsigned (*slot_of)(std::string_view name)) noexcept {
        for (std::size_t i = 0; i < job_status_names.size(); ++i) {
            std::uint8_t& slot = status_at_slot[slot_of(job_status_names[i])];
            if (slot != 0xFF) perfect = false;
            slot = static_cast<std::uint8_t>(i);
        }
    }
};

// A status is known by its length and first byte: a multiplicative hash of
// the two picks the one name to compare. Any multiplier that separates the seven would do; the
// static_assert proves this one does.
inline constexpr std::uint32_t job_status_key_multiplier = 0x3bab6c39u;

[[nodiscard]] constexpr unsigned job_status_key_slot(std::size_t length, unsigned char first) noexcept {
    const auto key = static_cast<std::uint32_t>(length | (std::size_t{first} << 8));
    return static_cast<unsigned>((key * job_status_key_multiplier) >> 29);
}

[[nodiscard]] constexpr unsigned job_status_key_slot_of(std::string_view name) noexcept {
    return job_status_key_slot(name.size(), static_cast<unsigned char>(name[0]));
}
inline constexpr JobStatusSlots job_status_by_key{job_status_key_slot_of};
static_assert(job_status_by_key.perfect, "job_status_key_multiplier no longer separates the statuses");

#if defined(STTJ_DETAIL_SSE2)
// The bits of `bytes` that stop a string scan (see find_string_stop).
template <bool AlsoControlsAndNonAscii>
[[nodiscard]] STTJ_DETAIL_ALWAYS_INLINE inline unsigned string_stops(simd::Vector bytes) noexcept {
    simd::Vector stop = simd::equal(bytes, simd::splat('"')) | simd::equal(bytes, simd::splat('\\'));
    // As signed bytes, "below 0x20 or above 0x7F" is "less than 0x20".
    if constexpr (AlsoControlsAndNonAscii) stop |= simd::less(bytes, simd::splat(0x20));
    return simd::top_bits(stop);
}
#endif

#if defined(STTJ_DETAIL_SSE2)
// find_string_stop in the last 16 bytes before `end` (readable), for a
// `p` less than 16 bytes before it.
template <bool AlsoControlsAndNonAscii>
[[nodiscard]] STTJ_DETAIL_ALWAYS_INLINE inline const char* find_string_stop_in_last_16(const char* p,
                                                                                       const char* end) noexcept {
    const char* last = end - 16;
    const unsigned bits = string_stops<AlsoControlsAndNonAscii>(simd::load(last)) >> (p - last);
    return bits != 0 ? p + std::countr_zero(bits) : end;
}
#endif

// The first byte in [p, end) that is '"' or '\\', or (with AlsoControlsAndNonAscii)
// below 0x20 or above 0x7F; `end` if there is none. [begin, end) is
// readable: when fewer than 16 bytes are left, the 16 that end at `end` are
// looked at if the input has them, so a short string near the end of a
// document takes no byte loop.
template <bool AlsoControlsAndNonAscii>
[[nodiscard]] STTJ_DETAIL_ALWAYS_INLINE inline const char* find_string_stop([[maybe_unused]] const char* begin,
                                                                            const char* p, const char* end) noexcept {
#if defined(STTJ_DETAIL_SSE2)
    if (end - p >= 16) {
        while (true) {
            if (const unsigned bits = string_stops<AlsoControlsAndNonAscii>(simd::load(p))) {
                return p + std::countr_zero(bits);
            }
            p += 16;
            if (end - p < 16) break;
        }
        return p == end ? end : find_string_stop_in_last_16<AlsoControlsAndNonAscii>(p, end);
    }
    if (end - begin >= 16 && p != end) return find_string_stop_in_last_16<AlsoControlsAndNonAscii>(p, end);
#endif
    for (; p != end; ++p) {
        const auto byte = static_cast<unsigned char>(*p);
        if (byte == '"' || byte == '\\') return p;
        if (AlsoControlsAndNonAscii && (byte < 0x20 || byte > 0x7F)) return p;
    }
    return end;
}

// The fields of an accepted document. The id points into the input, or into
// `decoded` when it had escapes.
struct FastDocument {
    std::string_view job_id;  // empty when absent: a valid id has a character at least
    std::optional<JobStatus> job_status;
    // The decoded id, and room to write 16 bytes at any size up to the
    // longest valid id (copy_run).
    char decoded[job_id_max_bytes + 16];
};

// Appends the `run` bytes at `from` to `doc.decoded` (size + run <= 129).
// Short runs, the common ones between escapes, are copied 16 bytes at a
// time where the input has them: no call, no loop.
STTJ_DETAIL_ALWAYS_INLINE inline void copy_run(FastDocument& doc, std::size_t size, const char* from, std::size_t run,
                                               const char* end) noexcept {
    if (run <= 16 && end - from >= 16) {
        std::memcpy(doc.decoded + size, from, 16);
    } else {
        std::memcpy(doc.decoded + size, from, run);
    }
}

// The steps below take the position and the end of the input and return the
// position after what they read, or nullptr to decline. The position stays
// in a register that way: nothing takes its address.

[[nodiscard]] inline const char* skip_json_whitespace(const char* p, const char* end) noexcept {
    while (p != end && is_json_whitespace(*p)) ++p;
    return p;
}

// The byte of the next token, after optional whitespace (moving `p` to it),
// or -1 at the end. The byte is tried first: compact layouts have no
// whitespace, and every byte above ' ' ends whitespace.
[[nodiscard]] STTJ_DETAIL_ALWAYS_INLINE inline int next_token(const char*& p, const char* end) noexcept {
    if (p != end && static_cast<unsigned char>(*p) > ' ') return static_cast<unsigned char>(*p);
    p = skip_json_whitespace(p, end);
    return p != end ? static_cast<unsigned char>(*p) : -1;
}

[[nodiscard]] STTJ_DETAIL_ALWAYS_INLINE inline bool starts_with(const char* p, const char* end,
                                                                std::string_view text) noexcept {
    return static_cast<std::size_t>(end - p) >= text.size() && std::memcmp(p, text.data(), text.size()) == 0;
}

// Four hex digits at `at` (in bounds), or -1.
[[nodiscard]] STTJ_DETAIL_ALWAYS_INLINE inline std::int32_t hex4(const char* at) noexcept {
    const auto digit = [at](int i) { return std::int32_t{hex_digit.value[static_cast<unsigned char>(at[i])]}; };
    const std::int32_t d0 = digit(0), d1 = digit(1), d2 = digit(2), d3 = digit(3);
    if ((d0 | d1 | d2 | d3) > 0xF) return -1;
    return (d0 << 12) | (d1 << 8) | (d2 << 4) | d3;
}

// The escape at `p` (a '\\'): its scalar, or -1; `p` moves past it.
// Surrogate pairs are joined; a lone surrogate is declined.
[[nodiscard]] inline std::int32_t read_escape(const char*& p, const char* end) noexcept {
    if (end - p < 2) return -1;
    std::int32_t simple = -1;
    switch (p[1]) {
        case '"': simple = '"'; break;
        case '\\': simple = '\\'; break;
        case '/': simple = '/'; break;
        case 'b': simple = '\b'; break;
        case 'f': simple = '\f'; break;
        case 'n': simple = '\n'; break;
        case 'r': simple = '\r'; break;
        case 't': simple = '\t'; break;
        case 'u': break;
        default: return -1;
    }
    if (simple >= 0) {
        p += 2;
        return simple;
    }
    if (end - p < 6) return -1;
    const std::int32_t unit = hex4(p + 2);
    if (unit < 0 || (unit >= 0xDC00 && unit <= 0xDFFF)) return -1;
    if (unit < 0xD800 || unit > 0xDBFF) {
        p += 6;
        return unit;
    }
    if (end - p < 12 || p[6] != '\\' || p[7] != 'u') return -1;
    const std::int32_t low = hex4(p + 8);
    if (low < 0xDC00 || low > 0xDFFF) return -1;
    p += 12;
    return 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
}

// A well-formed UTF-8 sequence at `p` (a byte above 0x7F): the position after it.
[[nodiscard]] inline const char* skip_utf8_sequence(const char* p, const char* end) noexcept {
    const Utf8Step step = decode_utf8(std::string_view(p, static_cast<std::size_t>(end - p)), 0);
    return step.problem == Utf8Problem::None ? p + step.length : nullptr;
}

// A string after its opening quote, checked and dropped. With
// EscapesAllowed false (member names: an escaped name might spell a known
// one), an escape declines.
template <bool EscapesAllowed>
[[nodiscard]] inline const char* skip_string(const char* p, const char* end) noexcept {
    while (true) {
        p = find_string_stop<true>(p, p, end);
        if (p == end) return nullptr;
        const auto byte = static_cast<unsigned char>(*p);
        if (byte == '"') return p + 1;
        if (byte == '\\') {
            if (!EscapesAllowed || read_escape(p, end) < 0) return nullptr;
        } else if (byte < 0x20) {
            return nullptr;
        } else if ((p = skip_utf8_sequence(p, end)) == nullptr) {
            return nullptr;
        }
    }
}

// The value of an unknown member at `p` (its first byte is `first`), checked
// and dropped: strings here, anything else by the general reader's skip_value.
[[nodiscard]] inline const char* skip_value(const char* begin, const char* p, const char* end, int first) noexcept {
    if (first == '"') return skip_string<true>(p + 1, end);
    JsonReader reader{std::string_view(begin, static_cast<std::size_t>(end - begin)),
                      static_cast<std::size_t>(p - begin)};
    if (!reader.skip_value(1)) return nullptr;
    return begin + reader.position();
}

// The rest of read_job_id for an id whose bytes from `p` have an escape at
// `stop`. The id is decoded into `doc.decoded` and checked on the way, as
// json.dumps writes it (every non-ASCII character escaped): the scalar of
// each escape by is_job_id_scalar, each raw byte by the ASCII table, and
// the scalars counted. An id that check does not pass (a raw byte above
// 0x7F, whose UTF-8 may be allowed, or an invalid id) is checked again
// whole, as decoded bytes.
[[nodiscard]] inline const char* read_escaped_job_id(const char* begin, const char* p, const char* stop,
                                                     const char* end, FastDocument& doc) noexcept {
    std::size_t size = 0;
    std::size_t scalars = 0;
    bool allowed = true;  // every scalar so far is allowed (a raw non-ASCII byte counts as not)
    const auto add_raw_run = [&](const char* from, const char* to) STTJ_DETAIL_ALWAYS_INLINE {
        const auto run = static_cast<std::size_t>(to - from);
        copy_run(doc, size, from, run, end);
        for (const char* at = from; at != to; ++at) {
            allowed &= ascii_allowed.allowed[static_cast<unsigned char>(*at)];
        }
        size += run;
        scalars += run;
    };
    add_raw_run(p, stop);
    p = stop;
    while (true) {  // at an escape
        std::int32_t scalar = end - p >= 6 && p[1] == 'u' ? hex4(p + 2) : -1;
        if (scalar >= 0 && (scalar < 0xD800 || scalar > 0xDFFF)) {
            p += 6;  // the common case: \uXXXX, not a surrogate
        } else if ((scalar = read_escape(p, end)) < 0) {
            return nullptr;
        }
        allowed &= is_job_id_scalar(static_cast<char32_t>(scalar));
        ++scalars;
        size += encode_utf8(static_cast<char32_t>(scalar), doc.decoded + size);
        if (size > job_id_max_bytes || p == end) return nullptr;
        if (*p == '\\') continue;
        if (*p != '"') {
            const auto room = static_cast<std::ptrdiff_t>(job_id_max_bytes + 1 - size);
            const char* limit = end - p > room ? p + room : end;
            stop = find_string_stop<false>(begin, p, limit);
            if (stop == limit) return nullptr;
            add_raw_run(p, stop);
            p = stop;
            if (*p == '\\') continue;
        }
        break;  // at the closing quote
    }
    doc.job_id = std::string_view(doc.decoded, size);
    const bool valid = (allowed && scalars <= job_id_max_scalars) || is_valid_parsed_job_id(doc.job_id);
    return valid ? p + 1 : nullptr;
}

// A JobId after its opening quote. Without escapes the id is the input's
// bytes; the JobId check then also rejects controls and ill-formed UTF-8,
// which the general reader rejects too (as a syntax, encoding or constraint
// error: either way, declined here). With escapes it is decoded first: an
// escape always encodes a whole scalar, so the decoded bytes are well-formed
// exactly when each raw run between escapes is.
[[nodiscard]] STTJ_DETAIL_ALWAYS_INLINE inline const char* read_job_id(const char* begin, const char* p,
                                                                       const char* end, FastDocument& doc) noexcept {
    constexpr std::ptrdiff_t room = job_id_max_bytes + 1;  // a longer run is too long
    const char* limit = end - p > room ? p + room : end;
    const char* stop = find_string_stop<false>(begin, p, limit);
    if (stop == limit) return nullptr;
    if (*stop == '\\') return read_escaped_job_id(begin, p, stop, end, doc);
    doc.job_id = std::string_view(p, static_cast<std::size_t>(stop - p));
    return is_valid_parsed_job_id(doc.job_id) ? stop + 1 : nullptr;
}

// Whether the `n` bytes at `a` and `b` are equal, for 4 <= n <= 24 (the
// status names have 6 to 20): overlapping word compares, where a memcmp of
// a size the compiler does not know is a library call.
[[nodiscard]] STTJ_DETAIL_ALWAYS_INLINE inline bool equal_4_to_24(const char* a, const char* b,
                                                                  std::size_t n) noexcept {
    const auto differ = [](const char* x, const char* y, auto word) {
        std::memcpy(&word, x, sizeof word);
        decltype(word) other;
        std::memcpy(&other, y, sizeof other);
        return word ^ other;
    };
    if (n < 8) return (differ(a, b, std::uint32_t{}) | differ(a + n - 4, b + n - 4, std::uint32_t{})) == 0;
    std::uint64_t diff = differ(a, b, std::uint64_t{}) | differ(a + n - 8, b + n - 8, std::uint64_t{});
    if (n > 16) diff |= differ(a + 8, b + 8, std::uint64_t{});
    return diff == 0;
}

static_assert(
    [] {
        for (const std::string_view name : job_status_names) {
            if (name.size() < 4 || name.size() > 24) return false;
        }
        return true;
    }(),
    "read_job_status compares the names with equal_4_to_24");

// A JobStatus after its opening quote; only a known name is accepted.
[[nodiscard]] STTJ_DETAIL_ALWAYS_INLINE inline const char* read_job_status(const char* begin, const char* p,
                                                                           const char* end,
                                                                           std::optional<JobStatus>& out) noexcept {
    constexpr std::ptrdiff_t longest = 20;  // COMPLETED_WITH_ERROR
    const char* limit = end - p > longest ? p + longest + 1 : end;
    const char* stop = find_string_stop<false>(begin, p, limit);
    if (stop == limit || *stop != '"' || stop == p) return nullptr;
    const auto length = static_cast<std::size_t>(stop - p);
    const std::uint8_t index =
        job_status_by_key.status_at_slot[job_status_key_slot(length, static_cast<unsigned char>(*p))];
    if (index == 0xFF) return nullptr;
    const std::string_view name = job_status_names[index];
    if (name.size() != length || !equal_4_to_24(p, name.data(), length)) return nullptr;
    out = static_cast<JobStatus>(index);
    return stop + 1;
}

// A JobId or JobStatus member's value: a string read by `read`, or null.
template <class Read>
[[nodiscard]] STTJ_DETAIL_ALWAYS_INLINE inline const char* read_string_or_null(const char* p, const char* end,
                                                                               int first, Read read) noexcept {
    if (first == '"') return read(p + 1);
    return starts_with(p, end, "null") ? p + 4 : nullptr;
}

// Reads a whole request (Response = false: JobStatus is then an unknown
// member) or response into `doc`; false means "declined". Always inline
// into its one caller per kind, so that `doc` lives in registers.
template <bool Response>
[[nodiscard]] STTJ_DETAIL_ALWAYS_INLINE inline bool read_any_layout(std::string_view json, FastDocument& doc) noexcept {
    const char* const begin = json.data();
    const char* const end = begin + json.size();
    const char* p = begin;
    bool seen_job_id = false;
    bool seen_job_status = false;
    if (next_token(p, end) != '{') return false;
    ++p;
    int next = next_token(p, end);
    if (next == '}') {
        ++p;
    } else {
        while (true) {
            if (next != '"') return false;
            ++p;
            enum class Name : std::uint8_t { Other, JobId, JobStatus } name = Name::Other;
            if (starts_with(p, end, "JobId\"")) {
                p += 6;
                name = Name::JobId;
            } else if (starts_with(p, end, "JobStatus\"")) {
                p += 10;
                name = Response ? Name::JobStatus : Name::Other;
            } else if ((p = skip_string<false>(p, end)) == nullptr) {
                return false;
            }
            if (next_token(p, end) != ':') return false;
            ++p;
            next = next_token(p, end);
            if (name == Name::JobId) {
                if (seen_job_id) return false;  // a duplicate: a schema error
                seen_job_id = true;
                p = read_string_or_null(p, end, next, [begin, end, &doc](const char* at) STTJ_DETAIL_ALWAYS_INLINE {
                    return read_job_id(begin, at, end, doc);
                });
            } else if (name == Name::JobStatus) {
                if (seen_job_status) return false;
                seen_job_status = true;
                p = read_string_or_null(p, end, next, [begin, end, &doc](const char* at) STTJ_DETAIL_ALWAYS_INLINE {
                    return read_job_status(begin, at, end, doc.job_status);
                });
            } else {
                p = skip_value(begin, p, end, next);
            }
            if (p == nullptr) return false;
            next = next_token(p, end);
            if (next != ',') break;
            ++p;
            next = next_token(p, end);
        }
        if (next != '}') return false;
        ++p;
    }
    return p == end || skip_json_whitespace(p, end) == end;
}

}  // namespace sttj::detail::inline STTJ_DETAIL_ISA

#endif  // STTJ_DETAIL_PARSE_FAST_PATH_HPP
