#ifndef STTJ_DETAIL_SIMD_HPP
#define STTJ_DETAIL_SIMD_HPP

// The few SSE2 (and SSSE3) operations the JobId fast path uses, written with
// GCC's and Clang's vector extensions rather than <emmintrin.h>. That header
// (with the <xmmintrin.h> and <mmintrin.h> it includes) declares hundreds of
// intrinsics, which every TU that includes sttj would parse. Each function
// here is the expression GCC's and Clang's headers define the intrinsic
// named beside it as, so the generated code is the same (bench/README.md
// has both measurements).
//
// Only where isa.hpp defines STTJ_DETAIL_SSE2 (x86 with SSE2, GCC or
// Clang), and the SSSE3 operations only where it defines STTJ_DETAIL_SSSE3.
// In the tagged namespace (isa.hpp): the SSE2-only and the SSSE3 builds of
// these functions differ.

#include <cstring>

#include "isa.hpp"

#if defined(STTJ_DETAIL_SSE2)
namespace sttj::detail::inline STTJ_DETAIL_ISA::simd {

/// 16 bytes in an XMM register. Typed, like __m128i, as two 64-bit lanes:
/// `a & b` and `a | b` then compile exactly as _mm_and_si128 and
/// _mm_or_si128 do (GCC 12 schedules and folds byte-lane logic differently:
/// 8 more instructions per mixed-Unicode id). Each function below views it
/// in the lanes its instruction works on.
using Vector = long long __attribute__((vector_size(16)));
using Chars = char __attribute__((vector_size(16)));  // the compilers' __v16qi
using SignedChars = signed char __attribute__((vector_size(16)));
using UnsignedChars = unsigned char __attribute__((vector_size(16)));
using UnsignedShorts = unsigned short __attribute__((vector_size(16)));

/// _mm_loadu_si128: 16 bytes from any address.
[[nodiscard]] inline Vector load(const void* at) noexcept {
    Vector v;
    std::memcpy(&v, at, sizeof v);
    return v;
}

/// _mm_storeu_si128: 16 bytes to any address.
inline void store(void* at, Vector v) noexcept { std::memcpy(at, &v, sizeof v); }

/// _mm_set_epi64x(high, low): `low` in bytes 0..7, `high` in bytes 8..15.
[[nodiscard]] inline Vector from_words(unsigned long long low, unsigned long long high) noexcept {
    return Vector{static_cast<long long>(low), static_cast<long long>(high)};
}

/// _mm_set1_epi8: `c` in every byte.
[[nodiscard]] inline Vector splat(char c) noexcept { return reinterpret_cast<Vector>(Chars{} + c); }

/// _mm_add_epi8: byte-wise addition modulo 256 (unsigned: no overflow).
[[nodiscard]] inline Vector add(Vector a, Vector b) noexcept {
    return reinterpret_cast<Vector>(reinterpret_cast<UnsignedChars>(a) + reinterpret_cast<UnsignedChars>(b));
}

/// _mm_sub_epi8: byte-wise subtraction modulo 256.
[[nodiscard]] inline Vector subtract(Vector a, Vector b) noexcept {
    return reinterpret_cast<Vector>(reinterpret_cast<UnsignedChars>(a) - reinterpret_cast<UnsignedChars>(b));
}

/// _mm_cmplt_epi8: 0xFF where a < b as signed bytes, else 0.
[[nodiscard]] inline Vector less(Vector a, Vector b) noexcept {
    return reinterpret_cast<Vector>(reinterpret_cast<SignedChars>(a) < reinterpret_cast<SignedChars>(b));
}

/// _mm_cmpeq_epi8: 0xFF where a == b, else 0.
[[nodiscard]] inline Vector equal(Vector a, Vector b) noexcept {
    return reinterpret_cast<Vector>(reinterpret_cast<Chars>(a) == reinterpret_cast<Chars>(b));
}

/// _mm_movemask_epi8 (PMOVMSKB): the top bit of byte i as bit i.
[[nodiscard]] inline unsigned top_bits(Vector v) noexcept {
    return static_cast<unsigned>(__builtin_ia32_pmovmskb128(reinterpret_cast<Chars>(v)));
}

/// _mm_sad_epu8(v, 0) (PSADBW): the sum of bytes 0..7 in the low 64-bit
/// lane, of bytes 8..15 in the high one.
[[nodiscard]] inline Vector sum_bytes_in_halves(Vector v) noexcept {
    return reinterpret_cast<Vector>(__builtin_ia32_psadbw128(reinterpret_cast<Chars>(v), Chars{}));
}

#if defined(STTJ_DETAIL_SSSE3)
/// _mm_srli_epi16(v, 4): each 16-bit lane shifted right by 4.
[[nodiscard]] inline Vector shift_right_4_in_16_bit_lanes(Vector v) noexcept {
    return reinterpret_cast<Vector>(reinterpret_cast<UnsignedShorts>(v) >> 4);
}

/// _mm_shuffle_epi8 (SSSE3's PSHUFB): table[index & 15] in each byte, 0
/// where the index byte's top bit is set.
[[nodiscard]] inline Vector look_up(Vector table, Vector index) noexcept {
    return reinterpret_cast<Vector>(
        __builtin_ia32_pshufb128(reinterpret_cast<Chars>(table), reinterpret_cast<Chars>(index)));
}
#endif

}  // namespace sttj::detail::inline STTJ_DETAIL_ISA::simd
#endif  // STTJ_DETAIL_SSE2

#endif  // STTJ_DETAIL_SIMD_HPP
