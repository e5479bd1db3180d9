#ifndef STTJ_DETAIL_STORE_ZERO_HPP
#define STTJ_DETAIL_STORE_ZERO_HPP

#include <cstring>

namespace sttj::detail {

/// Writes 128 zero bytes (a JobId's storage) at run time, as eight 16-byte
/// copies written out: compilers emit eight vector stores for them, where a
/// 128-byte `= {}`, memset or loop over unaligned storage becomes GCC's
/// `rep stos`, whose start-up costs about as much as validating a 32-byte id.
inline void store_zero128(void* at) noexcept {
    static constexpr unsigned char zero[16] = {};
    auto* out = static_cast<unsigned char*>(at);
    std::memcpy(out + 0, zero, 16);
    std::memcpy(out + 16, zero, 16);
    std::memcpy(out + 32, zero, 16);
    std::memcpy(out + 48, zero, 16);
    std::memcpy(out + 64, zero, 16);
    std::memcpy(out + 80, zero, 16);
    std::memcpy(out + 96, zero, 16);
    std::memcpy(out + 112, zero, 16);
}

}  // namespace sttj::detail

#endif  // STTJ_DETAIL_STORE_ZERO_HPP
