#ifndef STTJ_CONFIG_HPP
#define STTJ_CONFIG_HPP

// Build-mode macros. The functions whose code they change have names tagged
// by them (detail/isa.hpp), so the TUs of one program may set them
// differently without breaking the one definition rule.
//
// STTJ_SEPARATE_COMPILATION
//   sttj stays header-only by default: each translation unit compiles the
//   run-time code of the validators, parsers and writers it calls (about 1 s
//   of g++ -O2 for a TU that parses and serializes). With this macro defined,
//   that code is compiled once, in the one .cpp file that includes
//   <sttj/src.hpp> (before any other sttj header), and every other TU calls
//   it. The API, the answers and constant evaluation are the same in both
//   modes.
//
// STTJ_NO_FAST_PATH
//   Run the plain definitions (the scalar JobId loop, the general JSON
//   reader and writer) at run time too: for testing the fast paths against
//   them.
//
// STTJ_NO_SIMD
//   Validate JobIds with the plain definition at run time, as targets
//   without SSE2 do: for testing that code on x86-64.
//
// STTJ_NO_EXTENSIONS
//   Use no GCC or Clang extension (vector types and builtins, attributes,
//   `if consteval` before C++23): the code a compiler that is neither, such
//   as MSVC, compiles. For testing that code with GCC and Clang.
//
// (No macro) instruction sets
//   On x86-64 the JobId validator uses SSE2; a build that targets SSSE3 and
//   POPCNT (-march=x86-64-v2 or later) gets a faster ASCII check, chosen at
//   compile time. sttj does no run-time CPU dispatch. Like the macros
//   above, the instruction set is part of the tag (detail/isa.hpp): a TU
//   built with -march=native and one built for baseline x86-64 never share
//   a function whose code differs.

#include <type_traits>

// GCC's and Clang's extensions, unless STTJ_NO_EXTENSIONS.
#if (defined(__GNUC__) || defined(__clang__)) && !defined(STTJ_NO_EXTENSIONS)
#define STTJ_DETAIL_GNU 1
#endif

// Where sttj's run-time code is compiled. STTJ_DETAIL_RUN_TIME_CODE: every
// TU of a header-only program, and with STTJ_SEPARATE_COMPILATION only the
// TU of <sttj/src.hpp>, which defines STTJ_DETAIL_SOURCE_TU. The other TUs
// of a separately compiled program see the constexpr definitions and the
// declarations of the compiled functions, and not the fast paths: they
// never call them, and leaving them out spares each of those TUs parsing
// them. Each function keeps one definition in every TU that has it.
// STTJ_DETAIL_FAST_PATHS: that code, unless STTJ_NO_FAST_PATH.
#if !defined(STTJ_SEPARATE_COMPILATION) || defined(STTJ_DETAIL_SOURCE_TU)
#define STTJ_DETAIL_RUN_TIME_CODE 1
#if !defined(STTJ_NO_FAST_PATH)
#define STTJ_DETAIL_FAST_PATHS 1
#endif
#endif

// STTJ_DETAIL_RUN_TIME_RETURN(expression);: outside constant evaluation,
// returns `expression`. It is how a public function hands over to its
// compiled code in separate-compilation mode, and it uses `if !consteval`
// wherever the compiler has it, so that the constant-evaluation code after
// it is not compiled for run time at all. With C++20's
// std::is_constant_evaluated() instead, GCC 12 gimplifies that dead code and
// runs its early optimizations over it in every TU that calls the function
// (about 0.2 s for a parser) before it drops the branch. GCC >= 12 and
// Clang >= 14 accept `if consteval` in C++20 too, as an extension with a
// warning (Clang's maintainers call it supported in older modes:
// https://reviews.llvm.org/D117613), which the macro silences for its own
// statement only.
//
// STTJ_DETAIL_ALLOW_IF_CONSTEVAL_BEGIN / _END bracket that statement: empty in
// C++23; in C++20 they ignore the extension warning and then restore it.
// Where neither is defined, std::is_constant_evaluated() stands in.
#if defined(__cpp_if_consteval) && __cpp_if_consteval >= 202106L
#define STTJ_DETAIL_ALLOW_IF_CONSTEVAL_BEGIN
#define STTJ_DETAIL_ALLOW_IF_CONSTEVAL_END
#elif defined(STTJ_DETAIL_GNU) && defined(__clang__) && __clang_major__ >= 14 && !defined(__apple_build_version__)
// Clang 14 calls the warning group c++2b-extensions; later Clangs c++23-.
#if __has_warning("-Wc++23-extensions")
#define STTJ_DETAIL_ALLOW_IF_CONSTEVAL_BEGIN \
    _Pragma("clang diagnostic push") _Pragma("clang diagnostic ignored \"-Wc++23-extensions\"")
#else
#define STTJ_DETAIL_ALLOW_IF_CONSTEVAL_BEGIN \
    _Pragma("clang diagnostic push") _Pragma("clang diagnostic ignored \"-Wc++2b-extensions\"")
#endif
#define STTJ_DETAIL_ALLOW_IF_CONSTEVAL_END _Pragma("clang diagnostic pop")
#elif defined(STTJ_DETAIL_GNU) && !defined(__clang__) && !defined(__EDG__) && __GNUC__ >= 12
#define STTJ_DETAIL_ALLOW_IF_CONSTEVAL_BEGIN \
    _Pragma("GCC diagnostic push") _Pragma("GCC diagnostic ignored \"-Wc++23-extensions\"")
#define STTJ_DETAIL_ALLOW_IF_CONSTEVAL_END _Pragma("GCC diagnostic pop")
#endif

#if defined(STTJ_DETAIL_ALLOW_IF_CONSTEVAL_BEGIN)
// clang-format 14 does not know C++23's `if !consteval`.
// clang-format off
#define STTJ_DETAIL_RUN_TIME_RETURN(...)  \
    STTJ_DETAIL_ALLOW_IF_CONSTEVAL_BEGIN  \
    if !consteval {                       \
        return __VA_ARGS__;               \
    }                                     \
    STTJ_DETAIL_ALLOW_IF_CONSTEVAL_END
// clang-format on
#else
#define STTJ_DETAIL_RUN_TIME_RETURN(...) \
    if (!std::is_constant_evaluated()) { \
        return __VA_ARGS__;              \
    }
#endif

#endif  // STTJ_CONFIG_HPP
