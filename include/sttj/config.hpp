#ifndef STTJ_CONFIG_HPP
#define STTJ_CONFIG_HPP

// Build-mode macros. Define them the same way in every translation unit of a
// program (e.g. on the command line), or the program breaks the one
// definition rule.
//
// STTJ_SEPARATE_COMPILATION
//   sttj stays header-only by default: each translation unit compiles the
//   run-time code of the validators, parsers and writers it calls (about 1 s
//   of g++ -O2 for a TU that parses and serializes). With this macro defined,
//   that code is compiled once, in the one .cpp file that includes
//   <sttj/src.hpp>, and every other TU calls it. The API, the answers and
//   constant evaluation are the same in both modes.
//
// STTJ_NO_FAST_PATH
//   Run the plain definitions (the scalar JobId loop, the general JSON
//   reader and writer) at run time too: for testing the fast paths against
//   them.
//
// STTJ_NO_SIMD
//   Keep the JobId fast path but without SSE2 (the byte loop computes the
//   same masks): for testing, and for targets without SSE2.

#include <type_traits>

// STTJ_DETAIL_IF_RUN_TIME { ... }: the block runs outside constant
// evaluation. It is how a public function hands over to its compiled code in
// separate-compilation mode. With C++23's `if !consteval` (GCC 12 and
// Clang 14 in -std=c++2b) the constant-evaluation code after the block is
// not compiled for run time at all; with C++20's std::is_constant_evaluated()
// GCC 12 still runs its early optimizations over it in every TU that calls
// the function (about 0.15 s for a parser) before it drops the dead branch.
#if defined(__cpp_if_consteval) && __cpp_if_consteval >= 202106L
#define STTJ_DETAIL_IF_RUN_TIME if !consteval
#else
#define STTJ_DETAIL_IF_RUN_TIME if (!std::is_constant_evaluated())
#endif

#endif  // STTJ_CONFIG_HPP
