// <sttj/src.hpp> after another sttj header: that header was read without
// the run-time code src.hpp compiles (config.hpp), so src.hpp stops the build.
// expect-error: must come before every other sttj header
#define STTJ_SEPARATE_COMPILATION
#include <sttj/job_id.hpp>
#include <sttj/src.hpp>
