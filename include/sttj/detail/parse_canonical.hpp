#ifndef STTJ_DETAIL_PARSE_CANONICAL_HPP
#define STTJ_DETAIL_PARSE_CANONICAL_HPP

// The parsers' first run-time fast path: the canonical layout, with no
// whitespace and the members in order.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "../job_id.hpp"
#include "../job_status.hpp"
#include "../wire_names.hpp"
#include "bytes.hpp"
#include "isa.hpp"
#include "parse_fast_path.hpp"

namespace sttj::detail::inline STTJ_DETAIL_ISA {

// The shapes sttj, the service and the JS SDK write (the any-layout fast
// path, parse_fast_path.hpp, reads them too, with more work per document):
// `{"JobId":"<id>"}` and `{"JobId":"<id>","JobStatus":"<status>"}`, no
// whitespace. It only ever accepts: a valid JobId holds no '"', '\\' or
// control character and is well-formed UTF-8, so such a document is well-formed
// JSON with exactly these members, and the general parser would return the
// same value. Anything else (including every error) goes to the any-layout
// fast path, and what that declines to the general parser.
inline constexpr std::string_view canonical_job_id_prefix = R"({"JobId":")";
inline constexpr std::string_view canonical_job_status_infix = R"(","JobStatus":")";
inline constexpr std::string_view canonical_suffix = R"("})";
// Spelled out for speed; checked against the wire names, defined once.
static_assert(canonical_job_id_prefix.substr(2, wire::job_id.size()) == wire::job_id &&
              canonical_job_id_prefix.size() == wire::job_id.size() + 5);
static_assert(canonical_job_status_infix.substr(3, wire::job_status.size()) == wire::job_status &&
              canonical_job_status_infix.size() == wire::job_status.size() + 6);

// The id of `{"JobId":"<id>"}` (any bytes between the fixed parts), or an
// empty view if `json` does not have that frame.
[[nodiscard]] inline std::string_view canonical_request_job_id(std::string_view json) noexcept {
    if (json.size() < canonical_job_id_prefix.size() + canonical_suffix.size() ||
        std::memcmp(json.data(), canonical_job_id_prefix.data(), canonical_job_id_prefix.size()) != 0 ||
        std::memcmp(json.data() + json.size() - 2, canonical_suffix.data(), 2) != 0) {
        return {};
    }
    // Built directly: g++ may call an out-of-line substr, with its check.
    return {json.data() + canonical_job_id_prefix.size(),
            json.size() - canonical_job_id_prefix.size() - canonical_suffix.size()};
}

// The canonical response's status, found without a loop or a search (both
// mispredict when statuses vary): the 8 bytes before the closing `"}` differ
// for all seven statuses (for the short ones they include the end of the
// infix), and a multiplicative hash of them, read as a little-endian number
// on every target, picks the one status to compare.
// The multiplier came from a search; any odd value that separates the seven
// would do, and the static_assert below proves this one does.
inline constexpr std::uint64_t job_status_tail_multiplier = 0x7fd63116e1ea24c5u;

[[nodiscard]] constexpr unsigned job_status_tail_slot(std::uint64_t tail) noexcept {
    return static_cast<unsigned>((tail * job_status_tail_multiplier) >> 61);
}

// The last 8 bytes of infix + name, as load_le64 reads them.
[[nodiscard]] constexpr unsigned job_status_tail_slot_of(std::string_view name) noexcept {
    std::uint64_t tail = 0;
    for (std::size_t k = 0; k < 8; ++k) {
        const std::size_t from_end = 8 - k;  // 8..1 bytes before the end
        const char c = from_end <= name.size()
                           ? name[name.size() - from_end]
                           : canonical_job_status_infix[canonical_job_status_infix.size() - (from_end - name.size())];
        tail |= std::uint64_t{static_cast<unsigned char>(c)} << (8 * k);
    }
    return job_status_tail_slot(tail);
}
inline constexpr JobStatusSlots job_status_by_tail{job_status_tail_slot_of};
static_assert(job_status_by_tail.perfect, "job_status_tail_multiplier no longer separates the statuses");

// The id and status of a canonical response whose id is valid, or an empty
// id when `json` is anything else.
struct CanonicalResponse {
    std::string_view job_id;
    JobStatus job_status;
};

[[nodiscard]] inline CanonicalResponse parse_response_canonical(std::string_view json) noexcept {
    // The frame, a 1-byte id at least, and the shortest status (FAILED).
    constexpr std::size_t shortest =
        canonical_job_id_prefix.size() + 1 + canonical_job_status_infix.size() + 6 + canonical_suffix.size();
    if (json.size() < shortest || canonical_request_job_id(json).empty()) return {};
    const std::size_t status_end = json.size() - canonical_suffix.size();
    const std::uint64_t tail = load_le64(json.data() + status_end - 8);
    const std::uint8_t index = job_status_by_tail.status_at_slot[job_status_tail_slot(tail)];
    if (index == 0xFF) return {};
    const std::string_view name = job_status_names[index];
    const std::size_t quote = status_end - name.size();  // the status's first byte
    if (quote < canonical_job_id_prefix.size() + 1 + canonical_job_status_infix.size()) return {};
    const std::size_t infix_start = quote - canonical_job_status_infix.size();
    if (std::memcmp(json.data() + quote, name.data(), name.size()) != 0 ||
        std::memcmp(json.data() + infix_start, canonical_job_status_infix.data(), canonical_job_status_infix.size()) !=
            0) {
        return {};
    }
    const std::string_view id = {json.data() + canonical_job_id_prefix.size(),
                                 infix_start - canonical_job_id_prefix.size()};
    if (!is_valid_job_id_run_time(id)) return {};
    return {id, static_cast<JobStatus>(index)};
}

}  // namespace sttj::detail::inline STTJ_DETAIL_ISA

#endif  // STTJ_DETAIL_PARSE_CANONICAL_HPP
