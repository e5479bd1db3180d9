// The twin: <sttj/src.hpp> first, then any other sttj header.
#define STTJ_SEPARATE_COMPILATION
#include <sttj/src.hpp>
#include <sttj/job_id.hpp>
