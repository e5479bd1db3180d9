#ifndef STTJ_DETAIL_SMALL_COPY_HPP
#define STTJ_DETAIL_SMALL_COPY_HPP

// Copies and fills of at most 128 bytes (a JobId's storage) with fixed-size
// moves written out. Left to itself, GCC compiles a copy or fill whose size
// it can bound to `rep movsq`/`rep stos`, slow to start on many CPUs, and
// one whose size it cannot bound to a library call.

#include <cstddef>
#include <cstring>

#include "attributes.hpp"
#include "isa.hpp"

// Tagged (isa.hpp): a TU built for more instruction sets gets its own
// copy of these functions.
namespace sttj::detail::inline STTJ_DETAIL_ISA {

/// Writes 128 zero bytes.
inline void store_zero128(void* at) noexcept {
    static constexpr unsigned char zero[16] = {};
    auto* out = static_cast<unsigned char*>(at);
    std::memcpy(out + 0, zero, 16);  // written out: GCC keeps a loop a loop
    std::memcpy(out + 16, zero, 16);
    std::memcpy(out + 32, zero, 16);
    std::memcpy(out + 48, zero, 16);
    std::memcpy(out + 64, zero, 16);
    std::memcpy(out + 80, zero, 16);
    std::memcpy(out + 96, zero, 16);
    std::memcpy(out + 112, zero, 16);
}

/// The part of copy_at_most_128 for 33 to 128 bytes (ids with many non-ASCII
/// characters): out of line, so that the common sizes inline small.
STTJ_DETAIL_NOINLINE inline void copy_33_to_128(unsigned char* out, const unsigned char* in,
                                                std::size_t size) noexcept {
    // The 16-byte blocks before the last (the test inside the loop keeps
    // GCC from making the loop one memcpy, and so `rep movsq`).
    for (std::size_t at = 0; at < 112; at += 16) {
        if (at + 16 < size) std::memcpy(out + at, in + at, 16);
    }
    std::memcpy(out + size - 16, in + size - 16, 16);
}

/// Copies `size` <= 128 bytes with moves inside [0, size) of both sides,
/// possibly overlapping.
STTJ_DETAIL_ALWAYS_INLINE inline void copy_at_most_128(void* to, const void* from, std::size_t size) noexcept {
    auto* out = static_cast<unsigned char*>(to);
    const auto* in = static_cast<const unsigned char*>(from);
    if (size > 32) {
        copy_33_to_128(out, in, size);
    } else if (size >= 16) {  // the common ids: 32 hex digits, UUIDs
        std::memcpy(out, in, 16);
        std::memcpy(out + size - 16, in + size - 16, 16);
    } else if (size >= 8) {
        std::memcpy(out, in, 8);
        std::memcpy(out + size - 8, in + size - 8, 8);
    } else if (size >= 4) {
        std::memcpy(out, in, 4);
        std::memcpy(out + size - 4, in + size - 4, 4);
    } else if (size >= 2) {
        std::memcpy(out, in, 2);
        std::memcpy(out + size - 2, in + size - 2, 2);
    } else if (size == 1) {
        out[0] = in[0];
    }
}

}  // namespace sttj::detail::inline STTJ_DETAIL_ISA

#endif  // STTJ_DETAIL_SMALL_COPY_HPP
