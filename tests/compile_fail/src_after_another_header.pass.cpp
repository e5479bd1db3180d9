// The twin: <sttj/src.hpp> first, then any other sttj header.
#define STTJ_SEPARATE_COMPILATION
#include <sttj/src.hpp>
// (This line keeps clang-format from sorting job_id.hpp above src.hpp.)
#include <sttj/job_id.hpp>
