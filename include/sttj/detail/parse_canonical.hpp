#ifndef STTJ_DETAIL_PARSE_CANONICAL_HPP
#define STTJ_DETAIL_PARSE_CANONICAL_HPP

// The parsers' first run-time fast paths: the layouts serializers write,
// the members in order and whitespace only where those put it (compact,
// json.dumps's spaced one, pretty-printed), each read as a fixed frame.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "../job_id.hpp"
#include "../job_status.hpp"
#include "../wire_names.hpp"
#include "attributes.hpp"
#include "bytes.hpp"
#include "isa.hpp"
#include "parse_fast_path.hpp"

namespace sttj::detail::inline STTJ_DETAIL_ISA {

// The shapes real clients write, with no other whitespace and the members
// in order (the any-layout fast path, parse_fast_path.hpp, reads them too,
// with more work per document):
// - compact, as sttj, the service and the JS SDK write them:
//   `{"JobId":"<id>"}` and `{"JobId":"<id>","JobStatus":"<status>"}`;
// - spaced, as Python's json.dumps writes them by default (botocore, so
//   boto3's requests): `{"JobId": "<id>"}` and
//   `{"JobId": "<id>", "JobStatus": "<status>"}`.
// It only ever accepts: a valid JobId holds no '"', '\\' or control
// character and is well-formed UTF-8, so such a document is well-formed
// JSON with exactly these members, and the general parser would return the
// same value. Anything else (including every error, and an id json.dumps
// escaped) goes to the any-layout fast path, and what that declines to the
// general parser.
inline constexpr std::string_view canonical_suffix = R"("})";
template <bool Spaced>
inline constexpr std::string_view canonical_job_id_prefix = Spaced ? R"({"JobId": ")" : R"({"JobId":")";
template <bool Spaced>
inline constexpr std::string_view canonical_job_status_infix = Spaced ? R"(", "JobStatus": ")" : R"(","JobStatus":")";
// Spelled out for speed; checked against the wire names, defined once.
static_assert(canonical_job_id_prefix<false>.substr(2, wire::job_id.size()) == wire::job_id &&
              canonical_job_id_prefix<false>.size() == wire::job_id.size() + 5 &&
              canonical_job_id_prefix<true>.substr(2, wire::job_id.size()) == wire::job_id &&
              canonical_job_id_prefix<true>.size() == wire::job_id.size() + 6);
static_assert(canonical_job_status_infix<false>.substr(3, wire::job_status.size()) == wire::job_status &&
              canonical_job_status_infix<false>.size() == wire::job_status.size() + 6 &&
              canonical_job_status_infix<true>.substr(4, wire::job_status.size()) == wire::job_status &&
              canonical_job_status_infix<true>.size() == wire::job_status.size() + 8);

// The id of a canonical request in that layout (any bytes between the
// fixed parts, one at least), or an empty view if `json` does not have that
// frame.
template <bool Spaced>
[[nodiscard]] inline std::string_view canonical_request_job_id(std::string_view json) noexcept {
    constexpr std::string_view prefix = canonical_job_id_prefix<Spaced>;
    if (json.size() <= prefix.size() + canonical_suffix.size() ||
        std::memcmp(json.data(), prefix.data(), prefix.size()) != 0 ||
        std::memcmp(json.data() + json.size() - 2, canonical_suffix.data(), 2) != 0) {
        return {};
    }
    // Built directly: g++ may call an out-of-line substr, with its check.
    return {json.data() + prefix.size(), json.size() - prefix.size() - canonical_suffix.size()};
}

// The canonical response's status, found without a loop or a search (both
// mispredict when statuses vary): the 8 bytes before the closing `"}` differ
// for all seven statuses in each layout (for the short ones they include
// the end of the infix), and a multiplicative hash of them, read as a
// little-endian number on every target, picks the one status to compare.
// The multiplier came from a search; any odd value that separates the seven
// would do, and the static_asserts below prove this one does.
inline constexpr std::uint64_t job_status_tail_multiplier = 0x7fd63116e1ea24c5u;

[[nodiscard]] constexpr unsigned job_status_tail_slot(std::uint64_t tail) noexcept {
    return static_cast<unsigned>((tail * job_status_tail_multiplier) >> 61);
}

// The last 8 bytes of infix + name, as load_le64 reads them.
template <bool Spaced>
[[nodiscard]] constexpr unsigned job_status_tail_slot_of(std::string_view name) noexcept {
    constexpr std::string_view infix = canonical_job_status_infix<Spaced>;
    std::uint64_t tail = 0;
    for (std::size_t k = 0; k < 8; ++k) {
        const std::size_t from_end = 8 - k;  // 8..1 bytes before the end
        const char c =
            from_end <= name.size() ? name[name.size() - from_end] : infix[infix.size() - (from_end - name.size())];
        tail |= std::uint64_t{static_cast<unsigned char>(c)} << (8 * k);
    }
    return job_status_tail_slot(tail);
}
template <bool Spaced>
inline constexpr JobStatusSlots job_status_by_tail{job_status_tail_slot_of<Spaced>};
static_assert(job_status_by_tail<false>.perfect && job_status_by_tail<true>.perfect,
              "job_status_tail_multiplier no longer separates the statuses");

// What a canonical response holds between its id and the closing `"}` for
// each status: the infix and the name, 21 to 37 bytes, as the five 8-byte
// words at offsets min(8k, size - 8) that cover it, read as load_le64 reads
// them. Five compares replace a memcmp of the name (a library call) and
// one of the infix.
inline constexpr std::size_t status_region_words = 5;
struct StatusRegion {
    std::uint8_t size = 0;
    std::uint8_t offset[status_region_words] = {};
    std::uint64_t word[status_region_words] = {};
};

struct StatusRegions {
    StatusRegion of[job_status_names.size()];
    bool covered = true;  // every region has 8 to 40 bytes
    constexpr explicit StatusRegions(std::string_view infix) noexcept {
        for (std::size_t i = 0; i < job_status_names.size(); ++i) {
            const std::string_view name = job_status_names[i];
            const std::size_t size = infix.size() + name.size();
            const auto at = [&](std::size_t k) { return k < infix.size() ? infix[k] : name[k - infix.size()]; };
            if (size < 8 || size > 8 * status_region_words) covered = false;
            of[i].size = static_cast<std::uint8_t>(size);
            for (std::size_t w = 0; w < status_region_words; ++w) {
                const std::size_t offset = 8 * w < size - 8 ? 8 * w : size - 8;
                of[i].offset[w] = static_cast<std::uint8_t>(offset);
                for (std::size_t b = 0; b < 8; ++b) {
                    of[i].word[w] |= std::uint64_t{static_cast<unsigned char>(at(offset + b))} << (8 * b);
                }
            }
        }
    }
};
template <bool Spaced>
inline constexpr StatusRegions status_regions{canonical_job_status_infix<Spaced>};
static_assert(status_regions<false>.covered && status_regions<true>.covered, "five words no longer cover every region");

// Whether `region` ends at `end`.
[[nodiscard]] STTJ_DETAIL_ALWAYS_INLINE inline bool status_region_matches(const StatusRegion& region,
                                                                          const char* end) noexcept {
    const char* begin = end - region.size;
    const auto differ = [&](std::size_t w) { return load_le64(begin + region.offset[w]) ^ region.word[w]; };
    return (differ(0) | differ(1) | differ(2) | differ(3) | differ(4)) == 0;
}

// The id and status of a canonical response whose id is valid, or an empty
// id when `json` is anything else.
struct CanonicalResponse {
    std::string_view job_id;
    JobStatus job_status;
};

// The status after the id of a response whose frame, compact or spaced,
// parse_response_canonical has found.
template <bool Spaced>
[[nodiscard]] STTJ_DETAIL_ALWAYS_INLINE inline CanonicalResponse parse_canonical_status(
    std::string_view json) noexcept {
    constexpr std::size_t id_at = canonical_job_id_prefix<Spaced>.size();
    const std::size_t status_end = json.size() - canonical_suffix.size();
    const std::uint64_t tail = load_le64(json.data() + status_end - 8);
    const std::uint8_t index = job_status_by_tail<Spaced>.status_at_slot[job_status_tail_slot(tail)];
    // (Empty slots hold 0xFF. Said as a bound, it also tells the compiler
    // that OpenJobStatus's range check of the index always passes.)
    if (index >= job_status_names.size()) return {};
    const std::size_t region_size = status_regions<Spaced>.of[index].size;
    if (status_end < id_at + 1 + region_size) return {};  // no room for a 1-byte id
    const std::size_t infix_start = status_end - region_size;
    if (!status_region_matches(status_regions<Spaced>.of[index], json.data() + status_end)) return {};
    const std::string_view id = {json.data() + id_at, infix_start - id_at};
    // The compact layout keeps is_valid_job_id_run_time: through the
    // forced-inline check, g++ 12 compiles the parsers' inline entry
    // longer (bench/README.md).
    if (!(Spaced ? is_valid_parsed_job_id(id) : is_valid_job_id_run_time(id))) return {};
    return {id, static_cast<JobStatus>(index)};
}

template <bool Spaced>
[[nodiscard]] STTJ_DETAIL_ALWAYS_INLINE inline CanonicalResponse parse_response_canonical(
    std::string_view json) noexcept {
    // The frame, a 1-byte id at least, and the shortest status (FAILED):
    // then the 8 bytes before the suffix are the document's.
    constexpr std::size_t shortest = canonical_job_id_prefix<Spaced>.size() + 1 +
                                     canonical_job_status_infix<Spaced>.size() + 6 + canonical_suffix.size();
    if (json.size() < shortest || canonical_request_job_id<Spaced>(json).empty()) return {};
    return parse_canonical_status<Spaced>(json);
}

// Pretty-printed documents, as JSON.stringify(v, null, n), Python's
// json.dumps(v, indent=n), Go's json.MarshalIndent, serde_json's
// to_string_pretty and jq write them: each member on a line of its own
// after an indent of n spaces, and `": "` between name and value:
//   {\n<indent>"JobId": "<id>"\n}
//   {\n<indent>"JobId": "<id>",\n<indent>"JobStatus": "<status>"\n}
// The indent is 1 to 8 spaces, the same on both lines, and one newline
// may follow the `}` (jq writes one, and so does a file). Like the canonical
// frames, this only ever accepts (a valid id holds no '"', '\\' or control
// character, so such a document is well-formed JSON with exactly these
// members), and what it declines goes on to the any-layout reader.
inline constexpr std::string_view pretty_open = "{\n";
inline constexpr std::string_view pretty_job_id_member = R"("JobId": ")";
inline constexpr std::string_view pretty_line_break = "\",\n";  // after the id, before the indent
inline constexpr std::string_view pretty_job_status_member = R"("JobStatus": ")";
inline constexpr std::string_view pretty_close = "\"\n}";
inline constexpr std::size_t pretty_max_indent = 8;  // one 8-byte word
inline constexpr std::uint64_t eight_spaces = 0x2020202020202020u;
static_assert(pretty_job_id_member.substr(1, wire::job_id.size()) == wire::job_id &&
              pretty_job_status_member.substr(1, wire::job_status.size()) == wire::job_status);

// The spaced frame's status infix ends with the pretty one's, which is
// longer than 8 bytes: so the 8 bytes before the status's closing quote are
// the same in both layouts, and job_status_by_tail<true> picks the status
// of a pretty-printed response too.
static_assert(canonical_job_status_infix<true>.ends_with(pretty_job_status_member) &&
              pretty_job_status_member.size() >= 8);
inline constexpr StatusRegions pretty_status_regions{pretty_job_status_member};
static_assert(pretty_status_regions.covered, "five words no longer cover every region");

// Where a pretty-printed document's id starts, its indent, and where its
// closing `"\n}` starts: all 0 when `json` does not open with `{\n`, an
// indent and `"JobId": "`, or does not close with `"\n}` (and a newline at
// most) after an id byte at least.
struct PrettyFrame {
    std::size_t indent = 0;
    std::size_t id_at = 0;
    std::size_t close_at = 0;
};

[[nodiscard]] inline PrettyFrame pretty_frame(std::string_view json) noexcept {
    constexpr std::size_t shortest = pretty_open.size() + 1 + pretty_job_id_member.size() + 1 + pretty_close.size();
    static_assert(shortest >= pretty_open.size() + pretty_max_indent);  // the indent's word is in the document
    if (json.size() < shortest || std::memcmp(json.data(), pretty_open.data(), pretty_open.size()) != 0) return {};
    const std::uint64_t not_spaces = load_le64(json.data() + pretty_open.size()) ^ eight_spaces;
    const std::size_t indent =
        not_spaces == 0 ? pretty_max_indent : static_cast<std::size_t>(std::countr_zero(not_spaces)) / 8;
    const std::size_t id_at = pretty_open.size() + indent + pretty_job_id_member.size();
    const auto closes_at = [json](std::size_t at) {
        return std::memcmp(json.data() + at, pretty_close.data(), pretty_close.size()) == 0;
    };
    std::size_t close_at = json.size() - pretty_close.size();
    if (!closes_at(close_at)) {
        --close_at;  // one newline may follow the `}`
        if (json.back() != '\n' || !closes_at(close_at)) return {};
    }
    if (indent == 0 || close_at < id_at + 1 ||
        std::memcmp(json.data() + pretty_open.size() + indent, pretty_job_id_member.data(),
                    pretty_job_id_member.size()) != 0) {
        return {};
    }
    return {indent, id_at, close_at};
}

// The id of a pretty-printed request (any bytes between the frame's fixed
// parts, one at least), or an empty view if `json` does not have that frame.
[[nodiscard]] inline std::string_view pretty_request_job_id(std::string_view json) noexcept {
    const PrettyFrame frame = pretty_frame(json);
    if (frame.id_at == 0) return {};
    return {json.data() + frame.id_at, frame.close_at - frame.id_at};
}

// The id and status of a pretty-printed response whose id is valid, or an
// empty id when `json` is anything else.
[[nodiscard]] STTJ_DETAIL_ALWAYS_INLINE inline CanonicalResponse parse_response_pretty(std::string_view json) noexcept {
    const PrettyFrame frame = pretty_frame(json);
    if (frame.id_at == 0) return {};
    const std::size_t status_end = frame.close_at;
    const std::uint64_t tail = load_le64(json.data() + status_end - 8);  // status_end > id_at > 8
    const std::uint8_t index = job_status_by_tail<true>.status_at_slot[job_status_tail_slot(tail)];
    if (index >= job_status_names.size()) return {};
    const StatusRegion& region = pretty_status_regions.of[index];
    // The id (a byte at least), then the line break, the indent and the region.
    const std::size_t after_id = pretty_line_break.size() + frame.indent + region.size;
    if (status_end < frame.id_at + 1 + after_id) return {};
    const std::size_t id_end = status_end - after_id;
    const std::size_t region_start = status_end - region.size;
    // The indent is the last `indent` bytes of the word before the region.
    const std::uint64_t not_spaces = load_le64(json.data() + region_start - 8) ^ eight_spaces;
    if (!status_region_matches(region, json.data() + status_end) || (not_spaces >> (8 * (8 - frame.indent))) != 0 ||
        std::memcmp(json.data() + id_end, pretty_line_break.data(), pretty_line_break.size()) != 0) {
        return {};
    }
    const std::string_view id = {json.data() + frame.id_at, id_end - frame.id_at};
    if (!is_valid_parsed_job_id(id)) return {};
    return {id, static_cast<JobStatus>(index)};
}

}  // namespace sttj::detail::inline STTJ_DETAIL_ISA

#endif  // STTJ_DETAIL_PARSE_CANONICAL_HPP
