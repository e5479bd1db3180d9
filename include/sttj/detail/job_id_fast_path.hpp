#ifndef STTJ_DETAIL_JOB_ID_FAST_PATH_HPP
#define STTJ_DETAIL_JOB_ID_FAST_PATH_HPP

// Run-time fast path for the common JobId: 1..32 ASCII bytes. It only ever
// answers "valid"; any other input goes to the scalar definition in
// job_id.hpp, so the two cannot disagree on why an id is rejected.

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "job_id_chars.hpp"

#if defined(__SSE2__) && !defined(STTJ_NO_SIMD)
#include <emmintrin.h>
#define STTJ_JOB_ID_SSE2 1
#endif

namespace sttj::detail {

#if defined(STTJ_JOB_ID_SSE2)
/// A 16-byte mask with 0xFF where the byte is an allowed ASCII JobId character.
inline __m128i sse2_allowed_ascii(__m128i bytes) noexcept {
    // Unsigned "lo <= b <= hi" with signed compares: shift [lo, hi] to the
    // bottom of the signed range, then one compare.
    const auto in_range = [](__m128i b, char lo, char hi) {
        const __m128i shifted = _mm_add_epi8(b, _mm_set1_epi8(static_cast<char>(-128 - lo)));
        return _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(-128 + (hi - lo) + 1)));
    };
    const auto equals = [](__m128i b, char c) { return _mm_cmpeq_epi8(b, _mm_set1_epi8(c)); };
    const __m128i lower_cased = _mm_or_si128(bytes, _mm_set1_epi8(0x20));
    __m128i ok = _mm_or_si128(in_range(bytes, '0', ':'), in_range(lower_cased, 'a', 'z'));
    ok = _mm_or_si128(ok, in_range(bytes, '-', '/'));
    ok = _mm_or_si128(ok, _mm_or_si128(equals(bytes, '_'), equals(bytes, '+')));
    ok = _mm_or_si128(ok, _mm_or_si128(equals(bytes, '='), equals(bytes, '@')));
    ok = _mm_or_si128(ok, _mm_or_si128(equals(bytes, '%'), equals(bytes, ' ')));
    return ok;
}
#endif

/// True only if `id` is 1..32 bytes, each an allowed ASCII character. A false
/// answer means "ask the scalar path", not "invalid".
[[nodiscard]] inline bool is_valid_ascii_job_id_fast(const char* data, std::size_t size) noexcept {
#if defined(STTJ_JOB_ID_SSE2)
    if (size >= 16 && size <= 32) {
        // Two overlapping 16-byte loads cover every length from 16 to 32.
        const __m128i head = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data));
        const __m128i tail = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + size - 16));
        const __m128i ok = _mm_and_si128(sse2_allowed_ascii(head), sse2_allowed_ascii(tail));
        return _mm_movemask_epi8(ok) == 0xFFFF;
    }
#endif
    if (size == 0 || size > 32) return false;
    bool ok = true;
    for (std::size_t i = 0; i < size; ++i) ok &= ascii_allowed.allowed[static_cast<std::uint8_t>(data[i])];
    return ok;
}

}  // namespace sttj::detail

#endif  // STTJ_DETAIL_JOB_ID_FAST_PATH_HPP
