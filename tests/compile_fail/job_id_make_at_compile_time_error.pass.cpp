// The positive twin of job_id_make_at_compile_time_error.fail.cpp: a valid id.
#include <sttj/sttj.hpp>
[[maybe_unused]] constexpr auto r = *sttj::JobId::make("good");
