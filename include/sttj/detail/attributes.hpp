#ifndef STTJ_DETAIL_ATTRIBUTES_HPP
#define STTJ_DETAIL_ATTRIBUTES_HPP

// Inlining hints, where GCC's own choice measurably cost run time or compile
// time. Header-only code is compiled in every TU that calls it, so a helper
// inlined at ten call sites is compiled ten times.
//
// NOINLINE: for the larger fast paths; inlined into a caller whose own fast
// path is short (a parser meeting a 32-hex id), they would make it save and
// restore registers it does not need.
// ALWAYS_INLINE: for a helper that reports to its caller through a lambda,
// which GCC otherwise calls.
// COLD: for error recording, reached once per failed call; one out-of-line
// copy instead of one per call site, kept away from the hot code.
#include "../config.hpp"

#if defined(STTJ_DETAIL_GNU)
#define STTJ_DETAIL_NOINLINE __attribute__((noinline))
#define STTJ_DETAIL_ALWAYS_INLINE __attribute__((always_inline))
#define STTJ_DETAIL_COLD __attribute__((noinline, cold))
#else
#define STTJ_DETAIL_NOINLINE
#define STTJ_DETAIL_ALWAYS_INLINE
#define STTJ_DETAIL_COLD
#endif

#endif  // STTJ_DETAIL_ATTRIBUTES_HPP
