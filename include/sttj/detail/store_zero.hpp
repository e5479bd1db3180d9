#ifndef STTJ_DETAIL_STORE_ZERO_HPP
#define STTJ_DETAIL_STORE_ZERO_HPP

// JobId's zero padding at run time. Every TU that builds a JobId uses it, so
// it lives apart from the JobId fast path, which only the TUs that compile
// sttj's run-time code include (config.hpp).

#include <cstring>

#include "simd.hpp"

namespace sttj::detail {

/// Writes 128 zero bytes (a JobId's storage) at run time. GCC turns a
/// 128-byte `= {}` or memset of unaligned storage into `rep stos`, whose
/// start-up costs about as much as validating a 32-byte id; eight vector
/// stores do not.
inline void store_zero128(void* at) noexcept {
#if defined(STTJ_DETAIL_SSE2)
    auto* out = static_cast<char*>(at);
    const simd::Vector zero{};
    simd::store(out + 0, zero);
    simd::store(out + 16, zero);
    simd::store(out + 32, zero);
    simd::store(out + 48, zero);
    simd::store(out + 64, zero);
    simd::store(out + 80, zero);
    simd::store(out + 96, zero);
    simd::store(out + 112, zero);
#else
    std::memset(at, 0, 128);
#endif
}

}  // namespace sttj::detail

#endif  // STTJ_DETAIL_STORE_ZERO_HPP
