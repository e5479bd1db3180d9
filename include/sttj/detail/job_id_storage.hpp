#ifndef STTJ_DETAIL_JOB_ID_STORAGE_HPP
#define STTJ_DETAIL_JOB_ID_STORAGE_HPP

#include <cstddef>
#include <cstring>

namespace sttj::detail {

/// Fills a JobId's 128 bytes at run time: the `size` (<= 128) bytes at
/// `text`, then zeros. Both with 16-byte moves written out, because GCC
/// turns the obvious code into string instructions whose start-up costs
/// more than the whole parse: a 128-byte `= {}` or memset into `rep stos`,
/// and a memcpy whose size it knows to be at most 128 into `rep movsq`.
inline void fill_job_id_storage(char* storage, const char* text, std::size_t size) noexcept {
    static constexpr char zero[16] = {};
    std::memcpy(storage + 0, zero, 16);  // written out: GCC keeps a loop a loop
    std::memcpy(storage + 16, zero, 16);
    std::memcpy(storage + 32, zero, 16);
    std::memcpy(storage + 48, zero, 16);
    std::memcpy(storage + 64, zero, 16);
    std::memcpy(storage + 80, zero, 16);
    std::memcpy(storage + 96, zero, 16);
    std::memcpy(storage + 112, zero, 16);
    if (size > 32) {
        // The 16-byte blocks before the last (the test inside the loop
        // keeps GCC from making the loop one memcpy, and so `rep movsq`).
        for (std::size_t at = 0; at < 112; at += 16) {
            if (at + 16 < size) std::memcpy(storage + at, text + at, 16);
        }
        std::memcpy(storage + size - 16, text + size - 16, 16);
    } else if (size >= 16) {  // the common ids: 32 hex digits, UUIDs
        std::memcpy(storage, text, 16);
        std::memcpy(storage + size - 16, text + size - 16, 16);
    } else if (size >= 8) {
        std::memcpy(storage, text, 8);
        std::memcpy(storage + size - 8, text + size - 8, 8);
    } else if (size >= 4) {
        std::memcpy(storage, text, 4);
        std::memcpy(storage + size - 4, text + size - 4, 4);
    } else if (size >= 2) {
        std::memcpy(storage, text, 2);
        std::memcpy(storage + size - 2, text + size - 2, 2);
    } else if (size == 1) {
        storage[0] = text[0];
    }
}

}  // namespace sttj::detail

#endif  // STTJ_DETAIL_JOB_ID_STORAGE_HPP
