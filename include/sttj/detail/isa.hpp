#ifndef STTJ_DETAIL_ISA_HPP
#define STTJ_DETAIL_ISA_HPP

// Which run-time code this TU compiles, and the namespace that holds it.
//
// The linker keeps one copy of an inline function. If its code depended on
// the instruction set a TU targets, a program with one TU built with
// -march=native and one for baseline x86-64 could run the native copy on a
// CPU that lacks those instructions. So every sttj function whose code
// depends on the target's instruction set, or on sttj's build-mode macros
// (config.hpp), is declared in an inline namespace named after them, as
// simdutf names its kernels: sttj::fast_x86::parse_request and
// sttj::fast_x86_ssse3_popcnt::parse_request are different functions, and
// a call spelled sttj::parse_request finds the one of its own TU. The name
// holds every instruction-set extension the compiler may use, not only the
// ones sttj's code asks for: a compiler can use SSSE3 in code written for
// SSE2. Types are not tagged: a JobId is the same type in every TU. A class
// member that calls tagged code is a template whose default argument is
// detail::isa_tag (JobId::make); other members call untagged code only.

#include "../config.hpp"

// STTJ_DETAIL_SSE2: the JobId fast path, for x86 with SSE2 (every x86-64
// target), written with GCC's and Clang's vector extensions (simd.hpp).
// STTJ_DETAIL_SSSE3: with SSSE3 and POPCNT too (-march=x86-64-v2 or later):
// a PSHUFB ASCII check and the POPCNT instruction.
#if defined(STTJ_DETAIL_FAST_PATHS) && defined(STTJ_DETAIL_GNU) && defined(__SSE2__) && !defined(STTJ_NO_SIMD)
#define STTJ_DETAIL_SSE2 1
#if defined(__SSSE3__) && defined(__POPCNT__)
#define STTJ_DETAIL_SSSE3 1
#endif
#endif

// The name is <mode>_<architecture> and one _<extension> per extension
// enabled beyond the architecture's baseline.
#if defined(STTJ_SEPARATE_COMPILATION)
#define STTJ_DETAIL_ISA_MODE separate  // calls the code compiled in src/sttj.cpp
#elif !defined(STTJ_DETAIL_FAST_PATHS)
#define STTJ_DETAIL_ISA_MODE definitions  // STTJ_NO_FAST_PATH
#elif defined(STTJ_DETAIL_SSE2)
#define STTJ_DETAIL_ISA_MODE fast
#elif defined(STTJ_DETAIL_GNU)
#define STTJ_DETAIL_ISA_MODE nosimd  // no SIMD JobId fast path
#else
#define STTJ_DETAIL_ISA_MODE nosimd_noext  // and no GCC or Clang extensions
#endif

#if defined(__x86_64__) || defined(__i386__) || defined(_M_X64) || defined(_M_IX86)
#define STTJ_DETAIL_ISA_ARCH _x86
#if defined(__SSE2__) && !defined(__x86_64__)
#define STTJ_DETAIL_ISA_1 _sse2
#endif
#if defined(__SSSE3__)
#define STTJ_DETAIL_ISA_2 _ssse3
#endif
#if defined(__POPCNT__)
#define STTJ_DETAIL_ISA_3 _popcnt
#endif
#if defined(__SSE4_1__)
#define STTJ_DETAIL_ISA_4 _sse41
#endif
#if defined(__AVX__)
#define STTJ_DETAIL_ISA_5 _avx
#endif
#if defined(__AVX2__)
#define STTJ_DETAIL_ISA_6 _avx2
#endif
#if defined(__BMI__) || defined(__BMI2__) || defined(__LZCNT__)
#define STTJ_DETAIL_ISA_7 _bmi
#endif
#if defined(__AVX512F__)
#define STTJ_DETAIL_ISA_8 _avx512
#endif
#elif defined(__aarch64__) || defined(_M_ARM64)
#define STTJ_DETAIL_ISA_ARCH _arm64
#if defined(__ARM_FEATURE_SVE)
#define STTJ_DETAIL_ISA_1 _sve
#endif
#else
#define STTJ_DETAIL_ISA_ARCH _other
#endif
#if !defined(STTJ_DETAIL_ISA_1)
#define STTJ_DETAIL_ISA_1
#endif
#if !defined(STTJ_DETAIL_ISA_2)
#define STTJ_DETAIL_ISA_2
#endif
#if !defined(STTJ_DETAIL_ISA_3)
#define STTJ_DETAIL_ISA_3
#endif
#if !defined(STTJ_DETAIL_ISA_4)
#define STTJ_DETAIL_ISA_4
#endif
#if !defined(STTJ_DETAIL_ISA_5)
#define STTJ_DETAIL_ISA_5
#endif
#if !defined(STTJ_DETAIL_ISA_6)
#define STTJ_DETAIL_ISA_6
#endif
#if !defined(STTJ_DETAIL_ISA_7)
#define STTJ_DETAIL_ISA_7
#endif
#if !defined(STTJ_DETAIL_ISA_8)
#define STTJ_DETAIL_ISA_8
#endif
#define STTJ_DETAIL_ISA_JOIN(m, a, f1, f2, f3, f4, f5, f6, f7, f8) m##a##f1##f2##f3##f4##f5##f6##f7##f8
#define STTJ_DETAIL_ISA_NAME(m, a, f1, f2, f3, f4, f5, f6, f7, f8) \
    STTJ_DETAIL_ISA_JOIN(m, a, f1, f2, f3, f4, f5, f6, f7, f8)
/// The tagged namespace's name, e.g. fast_x86 or fast_x86_ssse3_popcnt_sse41.
#define STTJ_DETAIL_ISA                                                                                    \
    STTJ_DETAIL_ISA_NAME(STTJ_DETAIL_ISA_MODE, STTJ_DETAIL_ISA_ARCH, STTJ_DETAIL_ISA_1, STTJ_DETAIL_ISA_2, \
                         STTJ_DETAIL_ISA_3, STTJ_DETAIL_ISA_4, STTJ_DETAIL_ISA_5, STTJ_DETAIL_ISA_6,       \
                         STTJ_DETAIL_ISA_7, STTJ_DETAIL_ISA_8)

namespace sttj::detail::inline STTJ_DETAIL_ISA {
/// A type that names this TU's tagged namespace (see above).
struct isa_tag {};
}  // namespace sttj::detail::inline STTJ_DETAIL_ISA

// The namespace of the run-time code (impl/, declared with STTJ_DETAIL_FUNC):
// this TU's tagged one in a header-only build; with
// STTJ_SEPARATE_COMPILATION, `compiled`, whatever each TU targets, since
// every TU calls the one copy that src/sttj.cpp compiled.
#if defined(STTJ_SEPARATE_COMPILATION)
#define STTJ_DETAIL_RUN_TIME compiled
#else
#define STTJ_DETAIL_RUN_TIME STTJ_DETAIL_ISA
#endif

#endif  // STTJ_DETAIL_ISA_HPP
