#ifndef STTJ_DETAIL_WRITE_FAST_PATH_HPP
#define STTJ_DETAIL_WRITE_FAST_PATH_HPP

// The writers' run-time fast path: requests, and responses with a known
// status, whose values never need escaping.

#include <cstddef>
#include <cstring>
#include <string_view>

#include "../job_id.hpp"
#include "../job_status.hpp"
#include "../model.hpp"
#include "../wire_names.hpp"
#include "attributes.hpp"
#include "isa.hpp"
#include "json_writer.hpp"
#include "small_copy.hpp"

namespace sttj::detail::inline STTJ_DETAIL_ISA {

// Run-time fast path for requests and responses: a JobId never needs
// escaping (it holds no '"', '\\' or control character and is well-formed
// UTF-8), nor does a status name, so the canonical JSON is the pieces copied
// as they are: the bytes write_member() and finish() would write. Returns the
// size, or 0 when `out` is too small (the general path then reports it); a
// buffer of max_json_size bytes is never too small.
[[nodiscard]] inline std::size_t write_unescaped(OutputBuffer out, const JobId* job_id,
                                                 std::string_view job_status) noexcept {
    if (job_id == nullptr && job_status.empty()) {  // a response with neither member
        if (out.size < 2) return 0;
        copy_at_most_128(out.data, "{}", 2);
        return 2;
    }
    constexpr std::string_view id_open = R"({"JobId":")";
    constexpr std::string_view status_open = R"({"JobStatus":")";
    constexpr std::string_view status_next = R"(","JobStatus":")";
    // Spelled out for speed; checked against the wire names, defined once.
    static_assert(id_open.substr(2, wire::job_id.size()) == wire::job_id && id_open.size() == wire::job_id.size() + 5);
    static_assert(status_open.substr(2, wire::job_status.size()) == wire::job_status &&
                  status_next.substr(2) == status_open.substr(1));
    const std::size_t id_size = job_id != nullptr ? job_id->size() : 0;
    const std::size_t total =
        (job_id != nullptr ? id_open.size() + id_size : 0) +
        (job_status.empty() ? 0 : (job_id != nullptr ? status_next.size() : status_open.size()) + job_status.size()) +
        2;
    if (total > out.size) return 0;
    char* at = out.data;
    const auto put = [&at](const char* bytes, std::size_t size) {
        copy_at_most_128(at, bytes, size);
        at += size;
    };
    if (job_id != nullptr) {
        put(id_open.data(), id_open.size());
        put(job_id->data(), id_size);
        if (!job_status.empty()) put(status_next.data(), status_next.size());
    } else {
        put(status_open.data(), status_open.size());
    }
    put(job_status.data(), job_status.size());
    put("\"}", 2);
    return total;
}

[[nodiscard]] inline std::size_t write_unescaped(const StopTextTranslationJobRequest& request,
                                                 OutputBuffer out) noexcept {
    return write_unescaped(out, &request.job_id, {});
}
// 0 for an unknown status too: its text may need escaping.
[[nodiscard]] inline std::size_t write_unescaped(const StopTextTranslationJobResponse& response,
                                                 OutputBuffer out) noexcept {
    std::string_view status;
    if (response.job_status) {
        if (!response.job_status->known()) return 0;
        status = response.job_status->wire_name();
    }
    return write_unescaped(out, response.job_id ? &*response.job_id : nullptr, status);
}

// write_unescaped for to_json, not inlined. Inlined, it tells GCC 12 that
// the size is at most max_json_size, and GCC then copies the JSON into the
// string with `rep movsq`, whose start-up costs more than the rest of
// to_json; with the size unknown, it calls memcpy.
template <class T>
[[nodiscard]] STTJ_DETAIL_NOINLINE std::size_t write_unescaped_opaque(const T& value, OutputBuffer out) noexcept {
    return write_unescaped(value, out);
}

}  // namespace sttj::detail::inline STTJ_DETAIL_ISA

#endif  // STTJ_DETAIL_WRITE_FAST_PATH_HPP
