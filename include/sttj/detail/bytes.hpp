#ifndef STTJ_DETAIL_BYTES_HPP
#define STTJ_DETAIL_BYTES_HPP

// Numbers read from bytes in a fixed byte order, on any target.

#include <bit>
#include <cstdint>
#include <cstring>

namespace sttj::detail {

[[nodiscard]] constexpr std::uint32_t byteswap32(std::uint32_t x) noexcept {
    return (x >> 24) | ((x >> 8) & 0xFF00u) | ((x << 8) & 0xFF0000u) | (x << 24);
}

[[nodiscard]] constexpr std::uint64_t byteswap64(std::uint64_t x) noexcept {
    return (std::uint64_t{byteswap32(static_cast<std::uint32_t>(x))} << 32) |
           byteswap32(static_cast<std::uint32_t>(x >> 32));
}

/// The 8 bytes at `bytes` as a little-endian number: byte 0 is the lowest.
[[nodiscard]] inline std::uint64_t load_le64(const void* bytes) noexcept {
    std::uint64_t word = 0;
    std::memcpy(&word, bytes, sizeof word);
    if constexpr (std::endian::native == std::endian::big) word = byteswap64(word);
    return word;
}

/// The 4 bytes at `bytes` as a big-endian number: byte 0 is the highest.
[[nodiscard]] inline std::uint32_t load_be32(const void* bytes) noexcept {
    std::uint32_t word = 0;
    std::memcpy(&word, bytes, sizeof word);
    if constexpr (std::endian::native == std::endian::little) word = byteswap32(word);
    return word;
}

}  // namespace sttj::detail

#endif  // STTJ_DETAIL_BYTES_HPP
