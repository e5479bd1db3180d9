// The positive twin of bad_literal_trailing_newline.fail.cpp: the same literal without the newline.
#include <sttj/sttj.hpp>
using namespace sttj::literals;
[[maybe_unused]] constexpr auto id = "abc"_job_id;
