#ifndef STTJ_CONFIG_HPP
#define STTJ_CONFIG_HPP

// Build-mode macros. The functions whose code they change have names tagged
// by them (detail/isa.hpp), so the TUs of one program may set them
// differently without breaking the one definition rule; all but
// STTJ_SEPARATE_COMPILATION, which every TU of a program sets alike.
//
// STTJ_SEPARATE_COMPILATION
//   sttj is header-only by default: each translation unit compiles the
//   run-time code (the fast paths in include/sttj/impl/) of the validators,
//   parsers and writers it calls. Define this macro in every TU of a program
//   and compile src/sttj.cpp once (the Meson dependency sttj_compiled_dep,
//   the CMake target sttj::compiled) to compile that code once instead. The
//   API, the answers and constant evaluation are the same in both modes. A
//   program that mixes the modes fails to link on ELF targets (see the end
//   of this file).
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

// STTJ_DETAIL_FAST_PATHS: compile the run-time fast paths (impl/), unless
// STTJ_NO_FAST_PATH.
#if !defined(STTJ_NO_FAST_PATH)
#define STTJ_DETAIL_FAST_PATHS 1
#endif

// STTJ_DETAIL_FUNC declares a function whose definition is in impl/: inline
// in a header-only build, where the header includes that definition, and a
// plain declaration with STTJ_SEPARATE_COMPILATION, where src/sttj.cpp
// holds the one definition.
#if defined(STTJ_SEPARATE_COMPILATION)
#define STTJ_DETAIL_FUNC
#else
#define STTJ_DETAIL_FUNC inline
#endif

// STTJ_DETAIL_RUN_TIME_RETURN(expression);: outside constant evaluation,
// returns `expression`. It is how a public function hands over to its
// run-time code (impl/), and it uses `if !consteval`
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

// Mixing the modes in one program is a link error where the linker can
// tell: each header-only TU emits the variable below, src/sttj.cpp defines
// it thread_local, and ELF linkers refuse a symbol that is both ("TLS
// definition ... mismatches non-TLS definition"). Elsewhere (Windows,
// compilers without [[gnu::used]]) a mixed program links, and each TU still
// calls the code of its own mode: detail/isa.hpp tags the two apart.
#if !defined(STTJ_SEPARATE_COMPILATION) && defined(STTJ_DETAIL_GNU)
namespace sttj::detail {
[[gnu::used]] inline constexpr char every_tu_must_agree_on_STTJ_SEPARATE_COMPILATION = 0;
}  // namespace sttj::detail
#endif

#endif  // STTJ_CONFIG_HPP
