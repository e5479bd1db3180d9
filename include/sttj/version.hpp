#ifndef STTJ_VERSION_HPP
#define STTJ_VERSION_HPP

/// sttj's version: the only place it is written. meson.build reads it from here.
#define STTJ_VERSION_MAJOR 0
#define STTJ_VERSION_MINOR 1
#define STTJ_VERSION_PATCH 0
#define STTJ_VERSION_STRING "0.1.0"

#endif  // STTJ_VERSION_HPP
