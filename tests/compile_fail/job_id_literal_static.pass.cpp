// The positive twin of job_id_literal_static.fail.cpp: the same id without the '!'.
#include <sttj/sttj.hpp>
[[maybe_unused]] constexpr auto id = sttj::JobId::literal("a b");
