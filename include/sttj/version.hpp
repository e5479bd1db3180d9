#ifndef STTJ_VERSION_HPP
#define STTJ_VERSION_HPP

/// sttj's version: the one place it is written. meson.build, the Conan recipe
/// and tools/amalgamate.py read these three lines; a test checks that the
/// vcpkg port and CHANGELOG.md agree with them.
#define STTJ_VERSION_MAJOR 0
#define STTJ_VERSION_MINOR 2
#define STTJ_VERSION_PATCH 0

#define STTJ_VERSION_STRINGIFY_(x) #x
#define STTJ_VERSION_STRINGIFY(x) STTJ_VERSION_STRINGIFY_(x)
/// "MAJOR.MINOR.PATCH", e.g. "0.2.0".
#define STTJ_VERSION_STRING                    \
    STTJ_VERSION_STRINGIFY(STTJ_VERSION_MAJOR) \
    "." STTJ_VERSION_STRINGIFY(STTJ_VERSION_MINOR) "." STTJ_VERSION_STRINGIFY(STTJ_VERSION_PATCH)
/// MAJOR * 10000 + MINOR * 100 + PATCH, for `#if STTJ_VERSION >= 100` tests.
#define STTJ_VERSION (STTJ_VERSION_MAJOR * 10000 + STTJ_VERSION_MINOR * 100 + STTJ_VERSION_PATCH)

#endif  // STTJ_VERSION_HPP
