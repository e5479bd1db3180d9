// The positive twin of bad_literal_empty.fail.cpp: one character.
#include <sttj/sttj.hpp>
using namespace sttj::literals;
[[maybe_unused]] constexpr auto id = "a"_job_id;
