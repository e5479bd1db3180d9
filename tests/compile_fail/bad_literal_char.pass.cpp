// The positive twin of bad_literal_char.fail.cpp: the same literal without the '!'.
#include <sttj/sttj.hpp>
using namespace sttj::literals;
[[maybe_unused]] constexpr auto id = "abc"_job_id;
