#ifndef STTJ_VERSION_HPP
#define STTJ_VERSION_HPP

/// sttj's version. meson.build's project() repeats it, and a build-time check
/// (tests/version_check.cpp.in) fails if the two disagree.
#define STTJ_VERSION_MAJOR 0
#define STTJ_VERSION_MINOR 1
#define STTJ_VERSION_PATCH 0
#define STTJ_VERSION_STRING "0.1.0"

#endif  // STTJ_VERSION_HPP
